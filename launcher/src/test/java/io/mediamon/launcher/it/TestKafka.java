package io.mediamon.launcher.it;

import io.mediamon.launcher.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The real Kafka broker every integration test runs against, started once per test JVM: Testcontainers'
 * {@link KafkaContainer} where a Docker engine answers, else the embedded KRaft broker. The test code is the
 * same either way. {@code MEDIAMON_TEST_KAFKA=embedded|testcontainers} forces one.
 */
public final class TestKafka {
    static final String IMAGE = "apache/kafka:4.3.1";
    private static String bootstrapServers;
    private static String kind;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String choice = System.getenv().getOrDefault("MEDIAMON_TEST_KAFKA", "auto").toLowerCase(Locale.ROOT);
            if (choice.equals("testcontainers") || choice.equals("auto") && dockerAvailable()) {
                startContainer();
            } else {
                startEmbedded();
            }
        }
        return bootstrapServers;
    }

    public static synchronized String kind() {
        bootstrapServers();
        return kind;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void startContainer() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        bootstrapServers = container.getBootstrapServers();
        kind = "testcontainers " + IMAGE;
    }

    private static void startEmbedded() {
        try {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
            bootstrapServers = broker.bootstrapServers();
            kind = "embedded KRaft broker";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker", e);
        }
    }
}
