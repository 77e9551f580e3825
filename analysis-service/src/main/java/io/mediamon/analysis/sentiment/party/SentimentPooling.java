package io.mediamon.analysis.sentiment.party;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import java.util.List;

/**
 * Pools the per-mention scores of one party into the article's sentiment toward it.
 *
 * <p>Score: a confidence-weighted mean in which neutral mentions weigh a quarter of polar ones, so an
 * article that mostly mentions a party in passing but clearly attacks it a few times reads negative,
 * while one mild remark among many neutral mentions stays neutral. Label: negative at or below
 * -{@value #LABEL_THRESHOLD}, positive at or above it. Confidence: the weighted share of the evidence
 * that agrees with the label times its mean confidence.
 */
final class SentimentPooling {
    static final double LABEL_THRESHOLD = 0.15;
    static final double POLAR_FLOOR = 0.05;
    static final double NEUTRAL_WEIGHT = 0.25;

    private SentimentPooling() {
    }

    static Sentiment pool(List<TargetScore> scores) {
        double[] stance = new double[scores.size()];
        java.util.Arrays.fill(stance, 1.0);
        return pool(scores, stance);
    }

    /**
     * As {@link #pool(List)}, with a stance weight per score: how far each sentence speaks in the outlet's own
     * voice (see {@link StanceAttribution}).
     */
    static Sentiment pool(List<TargetScore> scores, double[] stance) {
        double weightSum = 0;
        double weightedScore = 0;
        for (int i = 0; i < scores.size(); i++) {
            TargetScore s = scores.get(i);
            double w = weight(s) * stance[i];
            weightSum += w;
            weightedScore += w * clamp(s.score());
        }
        if (weightSum <= 0) {
            return Sentiment.neutral();
        }
        double score = clamp(weightedScore / weightSum);
        SentimentLabel label = score <= -LABEL_THRESHOLD ? SentimentLabel.NEGATIVE
                : score >= LABEL_THRESHOLD ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
        double agreeingWeight = 0;
        double agreeingConfidence = 0;
        for (int i = 0; i < scores.size(); i++) {
            TargetScore s = scores.get(i);
            if (agrees(label, clamp(s.score()))) {
                double w = weight(s) * stance[i];
                agreeingWeight += w;
                agreeingConfidence += w * unit(s.confidence());
            }
        }
        double confidence = agreeingWeight == 0 ? 0 : (agreeingWeight / weightSum) * (agreeingConfidence / agreeingWeight);
        return new Sentiment(label, round(score), round(confidence));
    }

    static double strength(TargetScore s) {
        return unit(s.confidence()) * Math.abs(clamp(s.score()));
    }

    private static double weight(TargetScore s) {
        double c = unit(s.confidence());
        return Math.abs(clamp(s.score())) >= POLAR_FLOOR ? c : c * NEUTRAL_WEIGHT;
    }

    private static boolean agrees(SentimentLabel label, double score) {
        return switch (label) {
            case NEGATIVE -> score <= -LABEL_THRESHOLD;
            case POSITIVE -> score >= LABEL_THRESHOLD;
            case NEUTRAL -> Math.abs(score) < LABEL_THRESHOLD;
        };
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(-1, Math.min(1, v));
    }

    private static double unit(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
