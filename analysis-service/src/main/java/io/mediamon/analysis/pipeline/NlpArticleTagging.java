package io.mediamon.analysis.pipeline;

import io.mediamon.analysis.pipeline.ArticleAnalysis;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.story.SimHash;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.TaggedArticle;
import java.time.Clock;

/** Tags articles with the language pipeline: cleaning, parties, topics, sentiment, and a text fingerprint. */
public final class NlpArticleTagging implements ArticleTagging {
    private final ArticleAnalyzer analyzer;
    private final Clock clock;

    public NlpArticleTagging(ArticleAnalyzer analyzer, Clock clock) {
        this.analyzer = analyzer;
        this.clock = clock;
    }

    @Override
    public TaggedArticle tag(Article article) {
        boolean unsupported = !ScoredLanguages.scores(article.language());
        ArticleAnalysis analysis = analyzer.analyze(article.title(), article.body(), !unsupported);
        return new TaggedArticle(article.id(), article.url(), article.title(), article.outlet(),
                article.publishedAt(), article.ingestedAt(), clock.instant(), article.id(), false,
                SimHash.hex(analysis.fingerprint()), analysis.topics(), analysis.parties(), analysis.newEntities(),
                analysis.flags().withArticle(article.headlineOnly(), unsupported), analysis.stats(),
                analysis.headline());
    }
}
