package io.mediamon.common.config;

import io.mediamon.common.topic.TopicCatalogue;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How to reach Kafka, shared by every service.
 *
 * @param bootstrapServers  {@code KAFKA_BOOTSTRAP_SERVERS}
 * @param security          client security settings passed through from {@code KAFKA_SECURITY_PROTOCOL},
 *                          {@code KAFKA_SASL_*} and {@code KAFKA_SSL_*} ({@code KAFKA_SASL_JAAS_CONFIG} becomes
 *                          {@code sasl.jaas.config})
 * @param partitions        partitions for topics created at startup ({@code MEDIAMON_TOPIC_PARTITIONS})
 * @param replicationFactor replication for topics created at startup ({@code MEDIAMON_TOPIC_REPLICATION})
 * @param createTopics      create missing topics at startup ({@code MEDIAMON_CREATE_TOPICS})
 * @param topics            the topic catalogue with names in force
 * @param limits            record, state and thread-replacement bounds of the Streams services
 */
public record KafkaSettings(
        String bootstrapServers,
        Map<String, String> security,
        int partitions,
        short replicationFactor,
        boolean createTopics,
        TopicCatalogue topics,
        StreamsLimits limits) {

    public static final String BOOTSTRAP_VARIABLE = "KAFKA_BOOTSTRAP_SERVERS";

    public static KafkaSettings from(Settings settings, String defaultBootstrap) {
        String bootstrap = settings.string(BOOTSTRAP_VARIABLE, defaultBootstrap);
        if (bootstrap == null) {
            settings.problem(BOOTSTRAP_VARIABLE + " is required (host:port[,host:port])");
        }
        return new KafkaSettings(
                bootstrap,
                securityPassThrough(settings.raw()),
                settings.integer("MEDIAMON_TOPIC_PARTITIONS", 3, 1, 1024),
                (short) settings.integer("MEDIAMON_TOPIC_REPLICATION", 1, 1, 16),
                settings.bool("MEDIAMON_CREATE_TOPICS", true),
                TopicCatalogue.from(settings.raw()),
                StreamsLimits.from(settings));
    }

    /** Same settings, another bootstrap address: used when the launcher starts its own broker. */
    public KafkaSettings withBootstrap(String servers) {
        return new KafkaSettings(servers, security, partitions, replicationFactor, createTopics, topics, limits);
    }

    static Map<String, String> securityPassThrough(Map<String, String> raw) {
        Map<String, String> out = new TreeMap<>();
        raw.forEach((name, value) -> {
            if (name.equals("KAFKA_SECURITY_PROTOCOL") || name.startsWith("KAFKA_SASL_")
                    || name.startsWith("KAFKA_SSL_")) {
                out.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return Map.copyOf(out);
    }

    /** Producer properties for writes that must not be lost or doubled: acks=all and idempotence. */
    public Properties durableProducerProperties() {
        Properties properties = clientProperties();
        properties.put("acks", "all");
        properties.put("enable.idempotence", true);
        return properties;
    }

    /** Client properties common to producers, consumers, admin and Streams. */
    public Properties clientProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.putAll(security);
        return properties;
    }
}
