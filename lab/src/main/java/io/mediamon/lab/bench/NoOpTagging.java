package io.mediamon.lab.bench;

import io.mediamon.analysis.pipeline.ArticleTagging;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.ArticleFlags;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.event.TextStats;
import java.time.Clock;
import java.util.List;

/**
 * A tagger that does no language work: every article comes out with no topics and no parties, and a fingerprint
 * drawn from its id, so each is its own story. Running the pipeline with it shows what the Streams topology, the
 * story step, the serdes and the broker cost without the language pipeline.
 */
public final class NoOpTagging implements ArticleTagging {
    private final Clock clock;

    public NoOpTagging(Clock clock) {
        this.clock = clock;
    }

    @Override
    public TaggedArticle tag(Article article) {
        String body = article.body() == null ? "" : article.body();
        long fingerprint = article.id().hashCode() * 0x9E3779B97F4A7C15L;
        return new TaggedArticle(article.id(), article.url(), article.title(), article.outlet(), article.publishedAt(),
                article.ingestedAt(), clock.instant(), article.id(), false, String.format("%016x", fingerprint),
                List.of(), List.of(), List.of(), new ArticleFlags(false, false, 0, null),
                new TextStats(body.length(), 0, 0), article.title());
    }
}
