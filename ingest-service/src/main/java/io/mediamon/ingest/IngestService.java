package io.mediamon.ingest;

import io.mediamon.common.auth.Scope;
import io.mediamon.common.runtime.HealthCheck;
import io.mediamon.common.runtime.Metrics;
import io.mediamon.common.runtime.ServiceHttpServer;
import io.mediamon.common.runtime.TopicBootstrap;
import io.mediamon.common.runtime.TopicPresence;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.ingest.http.ArticleHandlers;
import io.mediamon.ingest.publish.ArticlePublisher;
import io.mediamon.ingest.publish.IngestMeters;
import io.mediamon.ingest.publish.IngestPipeline;
import io.mediamon.ingest.source.FeedPoller;
import io.mediamon.ingest.source.FileSource;
import io.mediamon.ingest.source.ImportReport;
import io.mediamon.ingest.validate.ArticleValidator;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** ingest-service: HTTP, file and feed sources in front of an idempotent producer. */
public final class IngestService implements AutoCloseable {
    private final ArticlePublisher publisher;
    private final FeedPoller feeds;
    private final FileSource files;
    private final ServiceHttpServer http;
    private final TopicPresence topicCheck;

    public IngestService(IngestConfig config) throws IOException {
        TopicBootstrap.ensureTopics(config.kafka(), config.kafka().topics().all());
        PrometheusMeterRegistry registry = Metrics.registry("ingest");
        this.publisher = new ArticlePublisher(config.kafka(), registry);
        IngestPipeline pipeline = new IngestPipeline(new ArticleValidator(config, Clock.systemUTC()), publisher,
                new IngestMeters(registry));
        this.files = new FileSource(pipeline);
        this.feeds = new FeedPoller(pipeline, registry);
        ArticleHandlers handlers = new ArticleHandlers(pipeline, config.maxArticleBytes(), config.maxBatchBytes(),
                config.maxBatchLines());
        HealthCheck up = () -> HealthCheck.Status.up("ingest-service is running");
        this.topicCheck = new TopicPresence(config.kafka(), config.kafka().topics().articlesRaw().name());
        this.http = new ServiceHttpServer("ingest-service", config.http(), registry, up, topicCheck)
                .route("/articles/batch", Scope.INGEST, handlers.batch())
                .route("/articles", Scope.INGEST, handlers.single());
        try {
            http.start(); // refuses to start beyond loopback without tokens
            feeds.start(config.feeds(), config.feedInterval());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    public ImportReport importDirectory(Path directory) throws IOException {
        return files.importDirectory(directory);
    }

    @Override
    public void close() {
        feeds.close();
        http.close();
        publisher.close();
        topicCheck.close();
    }
}
