package io.mediamon.analysis.topic;

/**
 * How close one document lies to descriptions, for the {@code ABOUT("…")} terms of its queries. Built per document
 * by {@link AboutMatcher#forDocument}; the document's embedding is made at most once, when a term first asks.
 */
@FunctionalInterface
public interface Aboutness {
    /** No embedding at hand (a caller without the model): every {@code ABOUT} term is false. */
    Aboutness NONE = description -> null;

    /**
     * The similarity of the document to {@code description} and the description's threshold, or null when the
     * document cannot be embedded (no text).
     */
    Score score(String description);

    /** A similarity and its calibrated threshold; confidence is 0.5 at the threshold. */
    record Score(double similarity, double threshold) {
        public boolean holds() {
            return similarity >= threshold;
        }

        public double confidence() {
            double c = 1 / (1 + Math.exp(-(similarity - threshold) / ZeroShotTopicTagger.TEMPERATURE));
            return Math.round(c * 1000) / 1000.0;
        }
    }
}
