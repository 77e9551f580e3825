package io.mediamon.lab.sentiment;

import io.mediamon.common.event.SentimentLabel;
import java.util.Locale;

/** 3x3 confusion counts (gold rows, predicted columns) and the metrics derived from them. */
public final class ConfusionMatrix {

    private static final int K = SentimentLabel.values().length;
    private final long[][] counts = new long[K][K];

    public void add(SentimentLabel gold, SentimentLabel predicted) {
        counts[gold.ordinal()][predicted.ordinal()]++;
    }

    public long count(SentimentLabel gold, SentimentLabel predicted) {
        return counts[gold.ordinal()][predicted.ordinal()];
    }

    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    public double accuracy() {
        long n = total();
        long correct = 0;
        for (int k = 0; k < K; k++) {
            correct += counts[k][k];
        }
        return n == 0 ? 0.0 : (double) correct / n;
    }

    public double precision(SentimentLabel label) {
        int k = label.ordinal();
        long predicted = 0;
        for (int g = 0; g < K; g++) {
            predicted += counts[g][k];
        }
        return predicted == 0 ? 0.0 : (double) counts[k][k] / predicted;
    }

    public double recall(SentimentLabel label) {
        int k = label.ordinal();
        long gold = 0;
        for (int p = 0; p < K; p++) {
            gold += counts[k][p];
        }
        return gold == 0 ? 0.0 : (double) counts[k][k] / gold;
    }

    public double f1(SentimentLabel label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Unweighted mean of the three per-class F1 scores. */
    public double macroF1() {
        double sum = 0;
        for (SentimentLabel label : SentimentLabel.values()) {
            sum += f1(label);
        }
        return sum / K;
    }

    /** Human-readable matrix plus per-class precision, recall and F1. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s%10s%10s%10s%n", "gold\\pred", "negative", "neutral", "positive"));
        for (SentimentLabel gold : SentimentLabel.values()) {
            sb.append(String.format(Locale.ROOT, "%-14s", gold.text()));
            for (SentimentLabel pred : SentimentLabel.values()) {
                sb.append(String.format(Locale.ROOT, "%10d", count(gold, pred)));
            }
            sb.append(System.lineSeparator());
        }
        sb.append(String.format(Locale.ROOT, "%n%-14s%10s%10s%10s%n", "class", "precision", "recall", "f1"));
        for (SentimentLabel label : SentimentLabel.values()) {
            sb.append(String.format(Locale.ROOT, "%-14s%10.4f%10.4f%10.4f%n", label.text(), precision(label),
                    recall(label), f1(label)));
        }
        return sb.toString();
    }
}
