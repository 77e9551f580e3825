package io.mediamon.analysis.topic;

import io.mediamon.common.event.WatchRule;
import java.util.Optional;

/** A watch rule watched as a topic: articles its compiled query matches count as the entity's coverage. */
public record WatchedTopic(WatchRule rule, Query query) {

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
