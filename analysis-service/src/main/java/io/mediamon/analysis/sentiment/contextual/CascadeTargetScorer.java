package io.mediamon.analysis.sentiment.contextual;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.TokenSpan;

/**
 * The fast scorer first; the contextual one only where the fast one is unsure (its confidence below the threshold).
 * A threshold of 0 never calls the contextual scorer, one above 1 always does. Each sentence the contextual scorer
 * sees is encoded once for all its targets (and cached), so the saving is in sentences where every target is clear
 * to the fast scorer.
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
    public TargetScore score(ArticleText text, Sentence sentence, TokenSpan target) {
        TargetScore first = fast.score(text, sentence, target);
        return first.confidence() >= threshold ? first : contextual.score(text, sentence, target);
    }

    public double threshold() {
        return threshold;
    }
}
