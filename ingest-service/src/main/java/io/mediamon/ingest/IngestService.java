package io.mediamon.ingest;

import io.mediamon.common.auth.Scope;
import io.mediamon.common.net.SafeHttpClient;
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
import io.mediamon.ingest.source.DropFolder;
import io.mediamon.ingest.source.FeedHealth;
import io.mediamon.ingest.source.FeedPoller;
import io.mediamon.ingest.source.FeedStateStore;
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
    private final SafeHttpClient feedHttp;
    private final FeedStateStore feedState;
    private final DropFolder dropFolder;
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
        this.feedHttp = new SafeHttpClient(config.outbound(), SafeHttpClient.Limits.defaults()
                .withMaxBodyBytes(16 << 20), "mediamon-ingest/0.1 (feed poller)");
        this.feedState = new FeedStateStore(config.kafka());
        FeedHealth feedHealth = new FeedHealth(registry, Clock.systemUTC());
        this.feeds = new FeedPoller(pipeline, feedHttp, feedState, feedHealth, registry, Clock.systemUTC());
        this.dropFolder = config.dropDirectory() == null ? null : new DropFolder(config.dropDirectory(), pipeline);
        ArticleHandlers handlers = new ArticleHandlers(pipeline, config.maxArticleBytes(), config.maxBatchBytes(),
                config.maxBatchLines());
        HealthCheck up = () -> HealthCheck.Status.up("ingest-service is running");
        this.topicCheck = new TopicPresence(config.kafka(), config.kafka().topics().articlesRaw().name());
        HealthCheck ready = () -> withFeedDetail(topicCheck.check(), feedHealth);
        this.http = new ServiceHttpServer("ingest-service", config.http(), registry, up, ready)
                .route("/articles/batch", Scope.INGEST, handlers.batch())
                .route("/articles", Scope.INGEST, handlers.single());
        try {
            http.start(); // refuses to start beyond loopback without tokens
            feeds.start(config.feedSpecs());
            if (dropFolder != null) {
                dropFolder.start(config.dropInterval());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Failing or silent feeds do not make ingest unready, but readiness says which they are. */
    private static HealthCheck.Status withFeedDetail(HealthCheck.Status status, FeedHealth feedHealth) {
        java.util.List<String> problems = feedHealth.problems();
        if (problems.isEmpty()) {
            return status;
        }
        return new HealthCheck.Status(status.ok(), status.detail() + "; " + String.join("; ", problems));
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
        if (dropFolder != null) {
            dropFolder.close();
        }
        http.close();
        feedHttp.close();
        feedState.close();
        publisher.close();
        topicCheck.close();
    }
}
