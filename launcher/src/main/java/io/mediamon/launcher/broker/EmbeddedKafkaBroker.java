package io.mediamon.launcher.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), started in-process from the
 * Kafka server artifacts. The storage is formatted once with {@code StorageTool format --standalone}; a restart
 * on the same data directory keeps the data and the ports it was first given.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String PORTS_FILE = "mediamon-ports.properties";

    private final Path dataDir;
    private final int brokerPort;
    private final int controllerPort;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDir, int brokerPort, int controllerPort) {
        this.dataDir = dataDir;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /**
     * Starts a broker on {@code dataDir}. A port of 0 picks a free one on first start and reuses it afterwards.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int brokerPort, int controllerPort) throws IOException {
        Files.createDirectories(dataDir);
        Properties ports = loadPorts(dataDir);
        int broker = brokerPort != 0 ? brokerPort
                : Integer.parseInt(ports.getProperty("broker", String.valueOf(freePort())));
        int controller = controllerPort != 0 ? controllerPort
                : Integer.parseInt(ports.getProperty("controller", String.valueOf(freePort())));
        ports.setProperty("broker", String.valueOf(broker));
        ports.setProperty("controller", String.valueOf(controller));
        try (Writer writer = Files.newBufferedWriter(dataDir.resolve(PORTS_FILE), StandardCharsets.UTF_8)) {
            ports.store(writer, "ports chosen by the embedded broker; reused on restart");
        }
        EmbeddedKafkaBroker instance = new EmbeddedKafkaBroker(dataDir, broker, controller);
        instance.startServer();
        return instance;
    }

    /** A broker on a fresh temporary directory with free ports. */
    public static EmbeddedKafkaBroker startTemporary() throws IOException {
        return start(Files.createTempDirectory("mediamon-kafka-"), 0, 0);
    }

    private static Properties loadPorts(Path dataDir) throws IOException {
        Properties ports = new Properties();
        Path file = dataDir.resolve(PORTS_FILE);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                ports.load(reader);
            }
        }
        return ports;
    }

    private Properties serverProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort
                + ",CONTROLLER://localhost:" + controllerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", dataDir.resolve("logs").toAbsolutePath().toString());
        props.put("num.partitions", "3");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("message.max.bytes", String.valueOf(10 * 1024 * 1024));
        return props;
    }

    private void startServer() throws IOException {
        Properties props = serverProperties();
        if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            format(props);
        }
        long started = System.nanoTime();
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        awaitReady();
        LOG.info("embedded Kafka broker ready at {} in {} ms (data in {})", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), dataDir);
    }

    private void format(Properties props) throws IOException {
        Path config = dataDir.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(writer, "embedded mediamon broker");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(new String[] {"format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", config.toString(), "--standalone", "--ignore-formatted"}, print);
        }
        if (exit != 0) {
            throw new IOException("formatting Kafka storage failed (exit " + exit + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() throws IOException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("embedded broker did not become ready within 60 s", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the broker", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        if (server != null) {
            LOG.info("stopping embedded Kafka broker");
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
