package io.mediamon.analysis.sentiment.party;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.common.event.Sentiment;
import java.util.Arrays;
import java.util.List;

/**
 * Pools the per-mention scores of one party into the article's sentiment toward it: the mentions become
 * {@link ArticleStanceFeatures} and an {@link ArticleStance} (the calibrated {@link ArticleStanceModel}) decides.
 * No scored mention: neutral with confidence 0.
 */
final class SentimentPooling {

    private SentimentPooling() {
    }

    /** Every mention in the outlet's own voice, none denied, each in its own sentence of an article of 20. */
    static Sentiment pool(List<TargetScore> scores) {
        double[] stance = new double[scores.size()];
        Arrays.fill(stance, 1.0);
        return pool(ArticleStanceModel.fast(), "", scores, stance, new boolean[scores.size()],
                new boolean[scores.size()], new double[scores.size()], scores.size(), Math.max(20, scores.size()), SentenceTone.NONE,
                SentenceTone.NONE, SentenceTone.NONE);
    }

    static Sentiment pool(ArticleStance decision, String partyId, List<TargetScore> scores, double[] stance,
                          boolean[] denied, boolean[] speaker, double[] window, int sentences,
                          int sentenceCount,
                          SentenceTone local, SentenceTone headline, SentenceTone article) {
        if (scores.isEmpty()) {
            return Sentiment.neutral();
        }
        return decision.decide(partyId, ArticleStanceFeatures.of(scores, stance, denied, speaker, window, sentences,
                sentenceCount, local, headline, article));
    }

    /** How strongly a mention speaks, for choosing the evidence. */
    static double strength(TargetScore s) {
        double c = Double.isNaN(s.confidence()) ? 0 : Math.max(0, Math.min(1, s.confidence()));
        double v = Double.isNaN(s.score()) ? 0 : Math.max(-1, Math.min(1, s.score()));
        return c * Math.abs(v);
    }
}
