package io.mediamon.common.runtime;

import io.mediamon.common.config.KafkaSettings;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * Readiness on topics: ready when Kafka answers and the topics exist. A positive answer is cached for a few
 * seconds so that frequent probes do not load the cluster; a negative one is checked again at the next probe.
 */
public final class TopicPresence implements HealthCheck, AutoCloseable {
    private static final long CACHE_MS = 5_000;

    private final Admin admin;
    private final List<String> topics;
    private volatile Status last = Status.down("not checked yet");
    private volatile long checkedAt;

    public TopicPresence(KafkaSettings kafka, String... topics) {
        this(kafka.clientProperties(), List.of(topics));
    }

    /** From client properties: only connection and security settings are passed to the admin client. */
    public TopicPresence(Properties clientProperties, Collection<String> topics) {
        Properties adminProps = new Properties();
        for (String key : clientProperties.stringPropertyNames()) {
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                adminProps.put(key, clientProperties.get(key));
            }
        }
        this.admin = Admin.create(adminProps);
        this.topics = List.copyOf(topics);
    }

    @Override
    public synchronized Status check() {
        long now = System.currentTimeMillis();
        if (last.ok() && now - checkedAt < CACHE_MS) {
            return last;
        }
        try {
            int found = TopicBootstrap.existing(admin, topics).size();
            last = found == topics.size() ? Status.up("Kafka reachable, topics present")
                    : Status.down("missing topics: " + topics);
        } catch (ExecutionException | TimeoutException e) {
            last = Status.down("Kafka unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            last = Status.down("interrupted");
        }
        checkedAt = now;
        return last;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
