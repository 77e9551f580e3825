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
 * to the fast scorer. A sentence the encoder already holds (the topic tagger encodes the headline and lead first)
 * goes to the contextual scorer whatever the fast one says: its answer costs no pass there.
 */
public final class CascadeTargetScorer implements TargetScorer {

    private final TargetScorer fast;
    private final ContextualTargetScorer contextual;
    private final double threshold;

    public CascadeTargetScorer(TargetScorer fast, ContextualTargetScorer contextual, double threshold) {
        this.fast = fast;
        this.contextual = contextual;
        this.threshold = threshold;
    }

    @Override
    public TargetScore score(ArticleText text, Sentence sentence, TokenSpan target) {
        if (contextual.encoder().isCached(text.textOf(sentence))) {
            return contextual.score(text, sentence, target);
        }
        TargetScore first = fast.score(text, sentence, target);
        return first.confidence() >= threshold ? first : contextual.score(text, sentence, target);
    }

    public double threshold() {
        return threshold;
    }
}
