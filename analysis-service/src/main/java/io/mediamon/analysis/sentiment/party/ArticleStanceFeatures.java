package io.mediamon.analysis.sentiment.party;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.common.event.SentimentLabel;
import java.util.List;

/**
 * What an article's mentions of one party add up to, as a fixed vector the article-level decision
 * ({@link ArticleStanceModel}) reads. Each mention has its sentence-level score, a stance weight (how far its
 * sentence speaks in the outlet's own voice, {@link StanceAttribution}) and whether its sentence denies an
 * accusation near it ({@link DeniedAccusation}; such a mention's reading is already neutral).
 *
 * <p>The features are shares and means, not sums, so that many mildly negative mentions do not add up to a
 * negative stance by their number alone; how prominent the party is enters on its own, as the share of the
 * article's sentences that mention it.
 */
public final class ArticleStanceFeatures {

    /** Names, in vector order, as the model file lists them. */
    public static final List<String> NAMES = List.of(
            "mean_score",        // stance-weighted mean of the sentence scores
            "positive_share",    // stance-weighted share of mentions read positive
            "negative_share",    // stance-weighted share of mentions read negative
            "max_positive",      // strongest positive score
            "max_negative",      // strongest negative score (as a positive number)
            "lead_score",        // score of the first mention
            "reported_share",    // share of mentions in reported opinion or bad news (1 - mean stance weight)
            "denied_share",      // share of mentions in a sentence that denies an accusation
            "prominence",        // share of the article's sentences that mention the party
            "log_mentions",      // log(1 + mentions) / 3
            "confident_score",   // confidence-weighted mean score, neutral mentions at a quarter weight
            "local_positive",    // positive word valence per 10 words in the sentences that mention the party
            "local_negative",    // negative word valence per 10 words there
            "local_praise",      // praise and success words per 10 words there
            "local_criticism",   // criticism words per 10 words there
            "local_misfortune",  // misfortune and conflict words per 10 words there
            "article_positive",  // positive word valence per 10 words in the whole article, times prominence
            "article_negative",  // negative word valence per 10 words in the whole article, times prominence
            "speaker_share",     // share of mentions where the party is the one speaking ("X said")
            "headline_tone",     // positive minus negative valence per 10 words of the headline if it names the party
            "window_tone");      // mean, over mentions, of the word valence within four words of the mention

    public static final int SIZE = NAMES.size();

    static final int POSITIVE_SHARE = NAMES.indexOf("positive_share");
    static final int NEGATIVE_SHARE = NAMES.indexOf("negative_share");

    static final double NEUTRAL_WEIGHT = 0.25;
    static final double POLAR_FLOOR = 0.05;

    private ArticleStanceFeatures() {
    }

    /**
     * @param scores        the party's scored mentions, in article order
     * @param stance        stance weight per mention, in (0, 1]
     * @param denied        per mention, whether its sentence denies an accusation near the party
     * @param speaker       per mention, whether the party is the one speaking
     * @param window        per mention, summed word valence within four words of it
     * @param sentences     distinct sentences that mention the party
     * @param sentenceCount sentences in the article
     * @param local         tone of the sentences that mention the party, summed
     * @param headline      tone of the first sentence (the headline) when it names the party, else none
     * @param article       tone of the whole article
     */
    static double[] of(List<TargetScore> scores, double[] stance, boolean[] denied, boolean[] speaker,
                       double[] window, int sentences, int sentenceCount, SentenceTone local, SentenceTone headline,
                       SentenceTone article) {
        double[] f = new double[SIZE];
        int n = scores.size();
        if (n == 0) {
            return f;
        }
        double wSum = 0;
        double wScore = 0;
        double wPos = 0;
        double wNeg = 0;
        double maxPos = 0;
        double maxNeg = 0;
        double stanceSum = 0;
        int deniedCount = 0;
        int speakerCount = 0;
        double windowSum = 0;
        double cSum = 0;
        double cScore = 0;
        for (int i = 0; i < n; i++) {
            TargetScore s = scores.get(i);
            double score = clamp(s.score());
            double w = stance[i];
            wSum += w;
            wScore += w * score;
            if (s.label() == SentimentLabel.POSITIVE) {
                wPos += w;
            } else if (s.label() == SentimentLabel.NEGATIVE) {
                wNeg += w;
            }
            maxPos = Math.max(maxPos, score);
            maxNeg = Math.max(maxNeg, -score);
            stanceSum += w;
            if (denied[i]) {
                deniedCount++;
            }
            windowSum += window[i];
            if (speaker[i]) {
                speakerCount++;
            }
            double c = unit(s.confidence()) * w * (Math.abs(score) >= POLAR_FLOOR ? 1 : NEUTRAL_WEIGHT);
            cSum += c;
            cScore += c * score;
        }
        f[0] = wSum > 0 ? wScore / wSum : 0;
        f[1] = wSum > 0 ? wPos / wSum : 0;
        f[2] = wSum > 0 ? wNeg / wSum : 0;
        f[3] = maxPos;
        f[4] = maxNeg;
        f[5] = clamp(scores.get(0).score());
        f[6] = 1 - stanceSum / n;
        f[7] = deniedCount / (double) n;
        f[8] = sentenceCount > 0 ? Math.min(1, sentences / (double) sentenceCount) : 0;
        f[9] = Math.log1p(n) / 3;
        f[10] = cSum > 0 ? cScore / cSum : 0;
        f[11] = local.per10(local.positive());
        f[12] = local.per10(local.negative());
        f[13] = local.per10(local.praise());
        f[14] = local.per10(local.criticism());
        f[15] = local.per10(local.misfortune());
        f[16] = f[8] * article.per10(article.positive());
        f[17] = f[8] * article.per10(article.negative());
        f[18] = speakerCount / (double) n;
        f[19] = headline.per10(headline.positive() - headline.negative());
        f[20] = windowSum / n;
        return f;
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(-1, Math.min(1, v));
    }

    private static double unit(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
