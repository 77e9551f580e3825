package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.common.event.TopicSource;
import io.mediamon.common.event.TopicTag;
import io.mediamon.common.event.WatchRule;
import java.util.Optional;

/**
 * A watch rule watched as a topic: articles its compiled query matches count as the entity's coverage. A query
 * with an {@code ABOUT("…")} term matches by what the article is about; when it holds through that term the article
 * also carries the watch as a topic, with source {@code model} and the term's confidence ({@link #tagOf}).
 */
public record WatchedTopic(WatchRule rule, Query query) {

    /**
     * The article's tag for this watch when its query held through an {@code ABOUT} term (else null: a watch that
     * holds by words alone is a party of the article, as before, not a topic tag).
     */
    public TopicTag tagOf(Query.Hits hits, ArticleText article) {
        if (!hits.byDescription()) {
            return null;
        }
        return new TopicTag(rule.entityId(), rule.name(), "", TopicTagger.surfaces(article.text(),
                article.termIndex(), hits.spans()), TopicSource.MODEL, hits.aboutConfidence());
    }

    /** Compiles the rule's query; throws {@link IllegalArgumentException} with the reason when it does not parse. */
    public static WatchedTopic of(WatchRule rule) {
        return new WatchedTopic(rule, QueryParser.parse(rule.query()));
    }

    /** Why {@code query} does not parse, or empty when it does (the watchlist API's 400 reason). */
    public static Optional<String> problem(String query) {
        try {
            QueryParser.parse(query);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
