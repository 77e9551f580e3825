package io.mediamon.ingest.publish;

import io.mediamon.common.event.Article;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.validate.ArticleValidator;
import io.mediamon.ingest.validate.Rejection;
import io.mediamon.ingest.validate.Validated;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The one path every source goes through: validate, count, publish. Sources that cannot answer a client
 * (files, feeds) send refused input to the dead-letter topic with the reason.
 */
public final class IngestPipeline {
    private final ArticleValidator validator;
    private final ArticlePublisher publisher;
    private final IngestMeters meters;

    public IngestPipeline(ArticleValidator validator, ArticlePublisher publisher, IngestMeters meters) {
        this.validator = validator;
        this.publisher = publisher;
        this.meters = meters;
    }

    /** Validates and, when valid, publishes; the future completes when Kafka has acknowledged it. */
    public Outcome submit(ArticleSubmission submission, String source) {
        Validated validated = validator.validate(submission, source);
        if (!validated.ok()) {
            validated.rejections().forEach(r -> meters.rejected(source, r.code()));
            return new Outcome(validated, null);
        }
        Article article = validated.article();
        CompletableFuture<Article> published = publisher.publish(article).thenApply(metadata -> {
            meters.ingested(source);
            return article;
        });
        return new Outcome(validated, published);
    }

    /** Records input that could not even be read as an article. */
    public void unreadable(String source, Rejection rejection) {
        meters.rejected(source, rejection.code());
    }

    /** For sources without a client to answer: refused input goes to the dead-letter topic. */
    public CompletableFuture<?> deadLetter(String source, String location, String payload, String reason) {
        return publisher.deadLetter(new DeadLetter("ingest-service", DeadLetter.Stage.INGEST, source + ":" + location, -1, -1, null, reason,
                null, payload, Instant.now()));
    }

    public void flush() {
        publisher.flush();
    }

    /** The result of one submission: refused (no future) or on its way to Kafka. */
    public record Outcome(Validated validated, CompletableFuture<Article> published) {
        public boolean accepted() {
            return published != null;
        }
    }
}
