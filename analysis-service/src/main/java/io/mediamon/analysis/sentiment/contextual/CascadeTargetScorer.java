package io.mediamon.analysis.sentiment.contextual;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;

/**
 * The fast scorer first; the contextual one only where the fast one is unsure (its confidence below the threshold).
 * A threshold of 0 never calls the contextual scorer, one above 1 always does.
 */
public final class CascadeTargetScorer implements TargetScorer {

    private final TargetScorer fast;
    private final TargetScorer contextual;
    private final double threshold;

    public CascadeTargetScorer(TargetScorer fast, TargetScorer contextual, double threshold) {
        this.fast = fast;
        this.contextual = contextual;
        this.threshold = threshold;
    }

    @Override
    public TargetScore score(String sentence, int from, int to) {
        TargetScore first = fast.score(sentence, from, to);
        return first.confidence() >= threshold ? first : contextual.score(sentence, from, to);
    }
}
