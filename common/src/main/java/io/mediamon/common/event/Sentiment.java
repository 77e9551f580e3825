package io.mediamon.common.event;

/**
 * Sentiment toward one party.
 *
 * @param label      negative, neutral or positive
 * @param score      signed strength in [-1, 1]
 * @param confidence how sure the scorer is, in [0, 1]
 */
public record Sentiment(SentimentLabel label, double score, double confidence) {

    public static Sentiment neutral() {
        return new Sentiment(SentimentLabel.NEUTRAL, 0.0, 0.0);
    }
}
