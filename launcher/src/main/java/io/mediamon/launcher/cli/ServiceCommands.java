package io.mediamon.launcher.cli;

import io.mediamon.alert.AlertService;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.analysis.AnalysisService;
import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.common.config.ConfigException;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import io.mediamon.ingest.IngestService;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.ingest.source.ImportReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One service alone, against the cluster named by {@code KAFKA_BOOTSTRAP_SERVERS}: for scaling out. */
public final class ServiceCommands {
    private ServiceCommands() {
    }

    static Settings settings() {
        Settings settings = Settings.fromEnvironment();
        if (settings.string(KafkaSettings.BOOTSTRAP_VARIABLE, null) == null) {
            throw new ConfigException(List.of(KafkaSettings.BOOTSTRAP_VARIABLE
                    + " is required to run a single service (e.g. KAFKA_BOOTSTRAP_SERVERS=localhost:9092)"));
        }
        return settings;
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Run ingest-service alone (HTTP on MEDIAMON_INGEST_PORT, default 8081).")
    public static final class Ingest implements Callable<Integer> {
        @Option(names = "--import", paramLabel = "DIR", description = "Import a directory of .txt/.jsonl files first.")
        Path importDir;

        @Option(names = "--opml", paramLabel = "FILE",
                description = "Poll the feeds of an OPML subscription list (as MEDIAMON_INGEST_FEEDS_OPML).")
        Path opml;

        @Option(names = "--drop", paramLabel = "DIR",
                description = "Watch a drop folder for .txt/.jsonl/.html files (as MEDIAMON_INGEST_DROP_DIR).")
        Path drop;

        @Override
        public Integer call() throws Exception {
            IngestConfig config = IngestConfig.load(settings(), null);
            if (opml != null) {
                config = config.withOpml(opml);
                System.out.printf("polling %d feeds (with %s)%n", config.feedSpecs().size(), opml);
            }
            if (drop != null) {
                config = config.withDropDirectory(drop);
            }
            IngestService service = new IngestService(config);
            if (importDir != null) {
                ImportReport report = service.importDirectory(importDir);
                System.out.printf("imported %d articles from %s (%d refused, see the dead-letter topic)%n",
                        report.publishedIds().size(), importDir, report.rejected());
            }
            Lifecycle.serveUntilShutdown(service);
            return 0;
        }
    }

    @Command(name = "analysis", mixinStandardHelpOptions = true,
            description = "Run analysis-service alone (health and metrics on MEDIAMON_ANALYSIS_PORT, default 8082).")
    public static final class Analysis implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            Lifecycle.serveUntilShutdown(new AnalysisService(AnalysisConfig.load(settings(), null)));
            return 0;
        }
    }

    @Command(name = "alert", mixinStandardHelpOptions = true,
            description = "Run alert-service alone (HTTP on MEDIAMON_ALERT_PORT, default 8083).")
    public static final class Alert implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            Lifecycle.serveUntilShutdown(new AlertService(AlertConfig.load(settings(), null)));
            return 0;
        }
    }
}
