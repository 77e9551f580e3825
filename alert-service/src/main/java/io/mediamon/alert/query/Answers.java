package io.mediamon.alert.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The item shapes of the query API (README, "alert-service query API"); the web page depends on these names. */
final class Answers {
    private Answers() {
    }

    /** An entity seen in the range, with its coverage over the range. */
    record EntitySeen(String id, String name, String type, List<String> foundBy, boolean watched, long mentions,
                      long stories, double meanSentiment) {
    }

    record SentimentCounts(double mean, long negative, long neutral, long positive) {
    }

    /** One bucket of an entity's coverage; {@code expected} is null where the entity was not watched. */
    record CoverageBucket(String start, long stories, long mentions, SentimentCounts sentiment,
                          @JsonInclude(JsonInclude.Include.ALWAYS) Double expected) {
    }

    record EvidenceQuote(String sentence, double score, String articleId) {
    }

    /** Sentiment toward the entity from one outlet over the range. */
    record OutletSentiment(String outlet, long mentions, long negative, long neutral, long positive, double mean,
                           @JsonInclude(JsonInclude.Include.ALWAYS) EvidenceQuote topEvidence) {
    }

    /** A story about the entity. */
    record StoryItem(String storyId, @JsonInclude(JsonInclude.Include.ALWAYS) String headline, List<String> outlets,
                     String firstSeen, long size) {
    }

    /** A mention that came later than the grace period. */
    record LateItem(String articleId, String storyId, String outlet, String eventTime, String arrivedAt,
                    long lateByMs) {
    }
}
