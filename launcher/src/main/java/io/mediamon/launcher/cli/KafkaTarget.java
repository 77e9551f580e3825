package io.mediamon.launcher.cli;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.launcher.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Kafka cluster a command talks to: {@code KAFKA_BOOTSTRAP_SERVERS} when set, else a real broker started
 * in this JVM on a data directory (kept across runs when given, temporary otherwise).
 */
public final class KafkaTarget implements AutoCloseable {
    private final String bootstrapServers;
    private final EmbeddedKafkaBroker broker;

    private KafkaTarget(String bootstrapServers, EmbeddedKafkaBroker broker) {
        this.bootstrapServers = bootstrapServers;
        this.broker = broker;
    }

    public static KafkaTarget resolve(Map<String, String> environment, Path dataDir, int port) throws IOException {
        String external = environment.get(KafkaSettings.BOOTSTRAP_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new KafkaTarget(external.trim(), null);
        }
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("mediamon-kafka-");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, port, 0);
        return new KafkaTarget(broker.bootstrapServers(), broker);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean embedded() {
        return broker != null;
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
    }
}
