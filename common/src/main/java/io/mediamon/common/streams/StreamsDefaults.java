package io.mediamon.common.streams;

import io.mediamon.common.config.KafkaSettings;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Streams settings every mediamon topology runs with: exactly-once v2, explicit internal names, and the
 * deserialization, processing and production exception handlers that send a failing record to the
 * dead-letter topic with its stage and reason and go on with the next one.
 */
public final class StreamsDefaults {
    private StreamsDefaults() {
    }

    /** Replacements of a stream thread tolerated within the window before liveness reports DOWN. */
    public static final String MAX_THREAD_REPLACEMENTS = "mediamon.streams.max.thread.replacements";
    public static final String REPLACEMENT_WINDOW_MS = "mediamon.streams.replacement.window.ms";

    public static Properties properties(String applicationId, KafkaSettings kafka, Path stateDir, int threads) {
        return properties(applicationId, applicationId, kafka, stateDir, threads);
    }

    public static Properties properties(String service, String applicationId, KafkaSettings kafka, Path stateDir,
                                        int threads) {
        Properties props = kafka.clientProperties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) kafka.replicationFactor());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterDeserializationHandler.class);
        props.put(HandlerSettings.SERVICE, service);
        props.put(HandlerSettings.DEAD_LETTER_TOPIC, kafka.topics().deadLetters().name());
        props.put(MAX_THREAD_REPLACEMENTS, kafka.limits().maxThreadReplacements());
        props.put(REPLACEMENT_WINDOW_MS, kafka.limits().replacementWindow().toMillis());
        return props;
    }
}
