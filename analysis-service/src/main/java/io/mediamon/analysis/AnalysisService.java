package io.mediamon.analysis;

import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.pipeline.ArticleTagging;
import io.mediamon.analysis.pipeline.NlpArticleTagging;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.TargetScorers;
import io.mediamon.analysis.topic.ArticleTopics;
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

    public AnalysisService(AnalysisConfig config) throws IOException {
        this(config, defaultTagging(config));
    }

    public AnalysisService(AnalysisConfig config, ArticleTagging tagging) throws IOException {
        TopicBootstrap.ensureTopics(config.kafka(), config.kafka().topics().all());
        PrometheusMeterRegistry registry = Metrics.registry("analysis");
        this.runner = new StreamsRunner("analysis-service",
                AnalysisTopology.build(config, tagging, new AnalysisMeters(registry)),
                AnalysisTopology.properties(config), registry,
                List.of(config.kafka().topics().articlesRaw().name()));
        this.http = new ServiceHttpServer("analysis-service", config.http(), registry, runner.liveness(),
                runner.readiness());
        runner.start();
        http.start();
    }

    /** The language pipeline with the bundled (or configured) model, gazetteer and topic rules. */
    public static ArticleTagging defaultTagging(AnalysisConfig config) {
        TargetScorer scorer = TargetScorers.create(config.sentiment(), config.sentimentModel(), config.encoder(),
                config.cascade());
        ArticleTopics topics = ArticleTopics.create(config.topics(), config.topicRules(), config.topicDescriptions());
        return new NlpArticleTagging(ArticleAnalyzer.create(scorer, config.gazetteer(), topics),
                Clock.systemUTC());
    }

    public int port() {
        return http.port();
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
