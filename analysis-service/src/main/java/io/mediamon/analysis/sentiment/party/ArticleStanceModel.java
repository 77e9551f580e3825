package io.mediamon.analysis.sentiment.party;

import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.contextual.CascadeTargetScorer;
import io.mediamon.analysis.sentiment.contextual.ContextualTargetScorer;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The calibrated article-level decision: a multinomial logistic regression over {@link ArticleStanceFeatures},
 * fitted by {@code ./mediamon train persent} (one file per scorer, since the two scorers' readings are distributed
 * differently). Label: the most probable class. Score: P(positive) - P(negative). Confidence: the probability of
 * the label, which the fit calibrates (its expected calibration error is printed by the trainer).
 */
public final class ArticleStanceModel implements ArticleStance {
    public static final String FAST_RESOURCE = "sentiment/article-stance-fast.tsv";
    public static final String CONTEXTUAL_RESOURCE = "sentiment/article-stance-contextual.tsv";

    private static final SentimentLabel[] LABELS = SentimentLabel.values();

    /** weights[label][0] is the bias, weights[label][1 + j] the weight of feature j. */
    private final double[][] weights;

    public ArticleStanceModel(double[][] weights) {
        if (weights.length != LABELS.length) {
            throw new IllegalArgumentException("need one weight row per label");
        }
        for (double[] row : weights) {
            if (row.length != ArticleStanceFeatures.SIZE + 1) {
                throw new IllegalArgumentException("need " + (ArticleStanceFeatures.SIZE + 1) + " weights per row");
            }
        }
        this.weights = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            this.weights[i] = weights[i].clone();
        }
    }

    private static final class Holder {
        static final ArticleStanceModel FAST = load(FAST_RESOURCE);
        static final ArticleStanceModel CONTEXTUAL = load(CONTEXTUAL_RESOURCE);
    }

    /** The bundled decision fitted to the readings of {@code scorer}'s kind. */
    public static ArticleStanceModel forScorer(TargetScorer scorer) {
        return scorer instanceof CascadeTargetScorer || scorer instanceof ContextualTargetScorer
                ? Holder.CONTEXTUAL : Holder.FAST;
    }

    public static ArticleStanceModel fast() {
        return Holder.FAST;
    }

    /** The same model with {@code offsets[k]} added to the bias of label {@code k}. */
    public ArticleStanceModel shifted(double[] offsets) {
        double[][] w = new double[weights.length][];
        for (int k = 0; k < w.length; k++) {
            w[k] = weights[k].clone();
            w[k][0] += offsets[k];
        }
        return new ArticleStanceModel(w);
    }

    /** Class probabilities in {@link SentimentLabel} order. */
    public double[] probabilities(double[] features) {
        double[] z = new double[LABELS.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            double[] w = weights[k];
            double v = w[0];
            for (int j = 0; j < features.length; j++) {
                v += w[j + 1] * features[j];
            }
            z[k] = v;
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }

    /**
     * The decision's label for class probabilities {@code p}: the most probable label once the probability of each
     * direction no mention supports has gone to neutral ({@link #supported}). A party is called positive only if at
     * least one of its mentions was read positive, and negative only if one was read negative, so a stance no
     * sentence shows is never reported (for a party named in passing, the fit's priors would otherwise decide). On
     * PerSenT dev this rule, applied in cross-validation too, raised the 5-fold macro-F1 of both decisions by about
     * 0.01; taking the most probable supported label instead (the probabilities renormalised) did not.
     */
    public static SentimentLabel label(double[] p, double[] features) {
        return mostProbable(supported(p, features));
    }

    private static SentimentLabel mostProbable(double[] q) {
        int best = 0;
        for (int k = 1; k < q.length; k++) {
            if (q[k] > q[best]) {
                best = k;
            }
        }
        return LABELS[best];
    }

    /** {@code p} with the probability of each direction no mention in {@code features} supports moved to neutral. */
    public static double[] supported(double[] p, double[] features) {
        double[] q = p.clone();
        int neutral = SentimentLabel.NEUTRAL.ordinal();
        if (features[ArticleStanceFeatures.POSITIVE_SHARE] <= 0) {
            q[neutral] += q[SentimentLabel.POSITIVE.ordinal()];
            q[SentimentLabel.POSITIVE.ordinal()] = 0;
        }
        if (features[ArticleStanceFeatures.NEGATIVE_SHARE] <= 0) {
            q[neutral] += q[SentimentLabel.NEGATIVE.ordinal()];
            q[SentimentLabel.NEGATIVE.ordinal()] = 0;
        }
        return q;
    }

    /**
     * Label: {@link #label}. Confidence: the fitted probability of that label (before the support rule), the
     * calibrated chance that a reader agrees. Score: P(positive) - P(negative) after the support rule, so an
     * unsupported direction does not show in the score either.
     */
    @Override
    public Sentiment decide(String partyId, double[] features) {
        double[] p = probabilities(features);
        double[] q = supported(p, features);
        SentimentLabel label = mostProbable(q);
        double score = q[SentimentLabel.POSITIVE.ordinal()] - q[SentimentLabel.NEGATIVE.ordinal()];
        return new Sentiment(label, round(score), round(p[label.ordinal()]));
    }

    /** The file {@code ./mediamon train persent} writes: comment lines, a header, one row per label. */
    public static ArticleStanceModel read(InputStream in) throws IOException {
        double[][] w = new double[LABELS.length][];
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean header = false;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (!header) {
                List<String> names = Arrays.asList(cols).subList(2, cols.length);
                if (!cols[0].equals("label") || !names.equals(ArticleStanceFeatures.NAMES)) {
                    throw new IOException("article stance model lists other features: " + line);
                }
                header = true;
                continue;
            }
            SentimentLabel label = SentimentLabel.fromText(cols[0]);
            double[] row = new double[cols.length - 1];
            for (int j = 1; j < cols.length; j++) {
                row[j - 1] = Double.parseDouble(cols[j]);
            }
            w[label.ordinal()] = row;
        }
        for (double[] row : w) {
            if (row == null) {
                throw new IOException("article stance model lacks a label row");
            }
        }
        return new ArticleStanceModel(w);
    }

    /** The file's text, as {@link #read} reads it; {@code comments} go first, one per line. */
    public String write(List<String> comments) {
        StringBuilder sb = new StringBuilder();
        for (String c : comments) {
            sb.append("# ").append(c).append('\n');
        }
        sb.append("label\tbias");
        for (String n : ArticleStanceFeatures.NAMES) {
            sb.append('\t').append(n);
        }
        sb.append('\n');
        for (SentimentLabel label : LABELS) {
            sb.append(label.text());
            for (double v : weights[label.ordinal()]) {
                sb.append('\t').append(String.format(Locale.ROOT, "%.6f", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static ArticleStanceModel load(String resource) {
        try (InputStream in = ArticleStanceModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
