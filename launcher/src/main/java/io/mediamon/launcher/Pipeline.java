package io.mediamon.launcher;

import io.mediamon.alert.AlertService;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.analysis.AnalysisService;
import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.pipeline.ArticleTagging;
import io.mediamon.common.config.Settings;
import io.mediamon.ingest.IngestService;
import io.mediamon.ingest.config.IngestConfig;
import java.io.IOException;

/** The three services in one JVM, each exactly as it runs alone, wired only through Kafka topics. */
public final class Pipeline implements AutoCloseable {
    private final IngestService ingest;
    private final AnalysisService analysis;
    private final AlertService alert;
    private final IngestConfig ingestConfig;

    private Pipeline(IngestConfig ingestConfig, IngestService ingest, AnalysisService analysis, AlertService alert) {
        this.ingestConfig = ingestConfig;
        this.ingest = ingest;
        this.analysis = analysis;
        this.alert = alert;
    }

    /** Loads every service's config from the same settings (all problems reported together) and starts them. */
    public static Pipeline start(Settings settings, String bootstrapServers) throws IOException {
        return start(settings, bootstrapServers, null);
    }

    /** As {@link #start(Settings, String)}, with analysis-service running {@code tagging} (null: the default one). */
    public static Pipeline start(Settings settings, String bootstrapServers, ArticleTagging tagging)
            throws IOException {
        IngestConfig ingestConfig = IngestConfig.load(settings, bootstrapServers);
        AnalysisConfig analysisConfig = AnalysisConfig.load(settings, bootstrapServers);
        AlertConfig alertConfig = AlertConfig.load(settings, bootstrapServers);
        AlertService alert = null;
        AnalysisService analysis = null;
        try {
            alert = new AlertService(alertConfig);
            analysis = tagging == null ? new AnalysisService(analysisConfig)
                    : new AnalysisService(analysisConfig, tagging);
            IngestService ingest = new IngestService(ingestConfig);
            return new Pipeline(ingestConfig, ingest, analysis, alert);
        } catch (IOException | RuntimeException e) {
            if (analysis != null) {
                analysis.close();
            }
            if (alert != null) {
                alert.close();
            }
            throw e;
        }
    }

    public IngestService ingest() {
        return ingest;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    public AlertService alert() {
        return alert;
    }

    public IngestConfig ingestConfig() {
        return ingestConfig;
    }

    @Override
    public void close() {
        ingest.close();
        analysis.close();
        alert.close();
    }
}
