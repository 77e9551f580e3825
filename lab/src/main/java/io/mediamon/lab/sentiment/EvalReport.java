package io.mediamon.lab.sentiment;

import java.util.Locale;

/**
 * Result of one {@link NewsMtscEvaluator} run.
 *
 * @param f1Macro          macro-F1 of the scorer under test
 * @param accuracy         accuracy of the scorer under test
 * @param n                number of targets scored
 * @param targetsPerSecond single-threaded throughput of the scorer, after a warm-up pass
 * @param baselineF1Macro  macro-F1 of whole-sentence lexicon scoring on the same file
 * @param confusion        the scorer's confusion matrix
 */
public record EvalReport(double f1Macro, double accuracy, int n, double targetsPerSecond, double baselineF1Macro,
                         ConfusionMatrix confusion) {

    /** The single machine-readable summary line. */
    public String toJsonLine() {
        return String.format(Locale.ROOT,
                "{\"f1_macro\":%.4f,\"accuracy\":%.4f,\"n\":%d,\"targets_per_second\":%.1f,\"baseline_f1_macro\":%.4f}",
                f1Macro, accuracy, n, targetsPerSecond, baselineF1Macro);
    }
}
