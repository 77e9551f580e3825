package io.mediamon.launcher.cli;

import io.mediamon.launcher.broker.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mediamon broker}: just the embedded single-node KRaft broker, for running services separately. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run a real single-node KRaft Kafka broker in this JVM until Ctrl-C.")
public final class BrokerCommand implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "data/kafka", description = "Data directory (kept across restarts).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "9092", description = "Client port (0 picks a free one).")
    int port;

    @Override
    public Integer call() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, port, 0);
        System.out.println("Kafka broker ready: KAFKA_BOOTSTRAP_SERVERS=" + broker.bootstrapServers());
        Lifecycle.serveUntilShutdown(broker);
        return 0;
    }
}
