package io.mediamon.analysis;

import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.pipeline.ArticleTagging;
import io.mediamon.analysis.pipeline.LiveWatchlist;
import io.mediamon.analysis.pipeline.NlpArticleTagging;
import io.mediamon.analysis.topology.AnalysisMeters;
import io.mediamon.analysis.topology.AnalysisTopology;
import io.mediamon.common.runtime.Metrics;
import io.mediamon.common.runtime.ServiceHttpServer;
import io.mediamon.common.runtime.StreamsRunner;
import io.mediamon.common.runtime.TopicBootstrap;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/** analysis-service: the tagging topology plus its health and metrics endpoint. */
public final class AnalysisService implements AutoCloseable {
    private final StreamsRunner runner;
    private final ServiceHttpServer http;
    private final AnalysisMeters meters;

    /** The service with the default language pipeline, applying the runtime watchlist. */
    public AnalysisService(AnalysisConfig config) throws IOException {
        this(config, new LiveWatchlist(ArticleAnalyzer.gazetteer(config.gazetteer())));
    }

    private AnalysisService(AnalysisConfig config, LiveWatchlist watchlist) throws IOException {
        this(config, defaultTagging(config, watchlist), watchlist);
    }

    /** The service with another tagging (benchmarks, tests); it does not read the watchlist. */
    public AnalysisService(AnalysisConfig config, ArticleTagging tagging) throws IOException {
        this(config, tagging, null);
    }

    /** {@code watchlist}, when not null, is kept up to date from the watchlist topic; {@code tagging} reads it. */
    public AnalysisService(AnalysisConfig config, ArticleTagging tagging, LiveWatchlist watchlist) throws IOException {
        TopicBootstrap.ensureTopics(config.kafka(), config.kafka().topics().all());
        PrometheusMeterRegistry registry = Metrics.registry("analysis");
        this.meters = new AnalysisMeters(registry);
        this.runner = new StreamsRunner("analysis-service",
                AnalysisTopology.build(config, tagging, meters, watchlist),
                AnalysisTopology.properties(config), registry,
                List.of(config.kafka().topics().articlesRaw().name()));
        this.http = new ServiceHttpServer("analysis-service", config.http(), registry, runner.liveness(),
                runner.readiness());
        runner.start();
        http.start();
    }

    /** The language pipeline with the bundled (or configured) model, gazetteer and topic rules. */
    public static ArticleTagging defaultTagging(AnalysisConfig config) {
        return defaultTagging(config, LiveWatchlist.fixed(ArticleAnalyzer.gazetteer(config.gazetteer())));
    }

    /** The default language pipeline, analysing against {@code watchlist} as it changes. */
    public static ArticleTagging defaultTagging(AnalysisConfig config, LiveWatchlist watchlist) {
        return new NlpArticleTagging(ArticleAnalyzer.fromConfig(config, watchlist), Clock.systemUTC());
    }

    public int port() {
        return http.port();
    }

    /** This instance's meters. */
    public AnalysisMeters meters() {
        return meters;
    }

    public StreamsRunner runner() {
        return runner;
    }

    @Override
    public void close() {
        http.close();
        runner.close();
    }
}
