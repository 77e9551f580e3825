package io.mediamon.launcher.cli;

import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.demo.DemoRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.utils.Utils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mediamon demo}: broker, three services, the seeds and a synthetic spike, then a summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start Kafka (embedded unless KAFKA_BOOTSTRAP_SERVERS is set) and the three services in one"
                + " JVM, ingest the seeds over HTTP plus a synthetic spike, print what was found, keep serving.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--once", description = "Exit after the summary instead of serving until Ctrl-C.")
    boolean once;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the summary as JSON to FILE.")
    Path report;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Directory of seed articles (.txt: first line title). Default: ${DEFAULT-VALUE}")
    Path seeds;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the embedded broker's data and Streams state here (default: a fresh temp dir,"
                    + " removed after --once).")
    Path dataDir;

    @Option(names = "--baseline-hours", defaultValue = "72", description = "Hours of synthetic baseline coverage.")
    int baselineHours;

    @Option(names = "--baseline-rate", defaultValue = "1.5", description = "Baseline articles per hour.")
    double baselineRate;

    @Option(names = "--burst", defaultValue = "25", description = "Articles in the synthetic burst.")
    int burst;

    /**
     * The demo runs on the default partitions. Its baseline is a backfill of three days sent in seconds, which
     * analysis-service's partitions process at different speeds, so mentions reach alert-service hours out of
     * event-time order; a one-day grace period lets every one count toward its own window (unless configured).
     */
    private static final Map<String, String> DEMO_DEFAULTS = Map.of("MEDIAMON_ALERT_GRACE", "1d");

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(seeds)) {
            System.err.println("seed directory " + seeds + " not found (run from the repository root or pass --seeds)");
            return 2;
        }
        Path root = dataDir != null ? dataDir : Files.createTempDirectory("mediamon-demo-");
        KafkaTarget kafka = KafkaTarget.resolve(System.getenv(), root.resolve("kafka"), 0);
        System.out.println("Kafka: " + kafka.bootstrapServers() + (kafka.embedded() ? " (embedded, data in " + root
                + ")" : " (external)"));
        Pipeline pipeline;
        try {
            pipeline = Pipeline.start(LaunchSettings.forRun(System.getenv(), root.resolve("state"), DEMO_DEFAULTS),
                    kafka.bootstrapServers());
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        try {
            Map<String, Object> summary = new DemoRunner(pipeline, LaunchSettings.forRun(System.getenv(), null,
                    DEMO_DEFAULTS), kafka.bootstrapServers(), System.out).run(seeds, baselineHours, baselineRate, burst);
            if (report != null) {
                DemoRunner.writeReport(summary, report);
                System.out.println("\nreport written to " + report.toAbsolutePath());
            }
            boolean complete = !((List<?>) summary.get("alerts")).isEmpty()
                    && ((List<?>) summary.get("articles")).size() == countSeeds();
            if (once) {
                pipeline.close();
                kafka.close();
                if (dataDir == null) {
                    // the fresh temp dir holds nothing anyone asked to keep: the report has been printed
                    Utils.delete(root.toFile());
                }
                return complete ? 0 : 1;
            }
            System.out.printf("%nserving: ingest http://localhost:%d  analysis http://localhost:%d"
                    + "  alert http://localhost:%d (SSE at /alerts/stream). Ctrl-C to stop.%n",
                    pipeline.ingest().port(), pipeline.analysis().port(), pipeline.alert().port());
            Lifecycle.serveUntilShutdown(pipeline, kafka);
            return 0;
        } catch (Exception e) {
            pipeline.close();
            kafka.close();
            throw e;
        }
    }

    private long countSeeds() throws java.io.IOException {
        try (var files = Files.list(seeds)) {
            return files.filter(p -> p.toString().endsWith(".txt")).count();
        }
    }
}
