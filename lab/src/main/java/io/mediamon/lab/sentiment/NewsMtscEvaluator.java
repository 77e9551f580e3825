package io.mediamon.lab.sentiment;

import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.common.event.SentimentLabel;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Scores every target of a NewsMTSC file, prints a confusion matrix and per-class metrics for the scorer and the
 * whole-sentence lexicon baseline, and ends with exactly one JSON summary line.
 */
public final class NewsMtscEvaluator {

    private static final int MIN_TIMED_PASSES = 3;
    private static final long MIN_TIMED_NANOS = 1_000_000_000L;

    private NewsMtscEvaluator() {
    }

    public static EvalReport evaluate(Path file, TargetScorer scorer, PrintStream out) throws IOException {
        List<LabeledTarget> rows = NewsMtscReader.read(file);
        ConfusionMatrix matrix = confusion(rows, scorer);
        ConfusionMatrix baseline = confusion(rows, SentenceLexiconScorer.standard());
        double perSecond = throughput(rows, scorer);
        EvalReport report = new EvalReport(matrix.macroF1(), matrix.accuracy(), rows.size(), perSecond,
                baseline.macroF1(), matrix);

        out.printf(Locale.ROOT, "NewsMTSC evaluation of %s on %s (%d targets)%n%n", scorer.getClass().getSimpleName(),
                file, rows.size());
        out.print(matrix.render());
        out.printf(Locale.ROOT, "%nmacro-F1 %.4f  accuracy %.4f  throughput %.0f targets/s (1 thread, CPU time)%n",
                matrix.macroF1(), matrix.accuracy(), perSecond);
        out.printf(Locale.ROOT, "%nbaseline (whole-sentence lexicon, target ignored):%n");
        out.print(baseline.render());
        out.printf(Locale.ROOT, "%nbaseline macro-F1 %.4f  accuracy %.4f%n", baseline.macroF1(), baseline.accuracy());
        out.println(report.toJsonLine());
        return report;
    }

    static ConfusionMatrix confusion(List<LabeledTarget> rows, TargetScorer scorer) {
        ConfusionMatrix matrix = new ConfusionMatrix();
        List<TargetScore> scores = LabeledTarget.scoreBySentence(rows, scorer);
        for (int i = 0; i < rows.size(); i++) {
            matrix.add(rows.get(i).label(), scores.get(i).label());
        }
        return matrix;
    }

    /**
     * Targets per second on one core: one untimed warm-up pass, then timed passes (at least three and at least about
     * a second in total) on the calling thread. Time is the thread's CPU time where the JVM can measure it, so other
     * processes on a shared machine do not distort the figure; otherwise wall-clock time.
     */
    static double throughput(List<LabeledTarget> rows, TargetScorer scorer) {
        if (rows.isEmpty()) {
            return 0.0;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long sink = runPass(rows, scorer);
        long wallStart = System.nanoTime();
        long start = cpuClock ? threads.getCurrentThreadCpuTime() : wallStart;
        long elapsed;
        int passes = 0;
        do {
            sink += runPass(rows, scorer);
            passes++;
            elapsed = (cpuClock ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
        } while (passes < MIN_TIMED_PASSES || System.nanoTime() - wallStart < MIN_TIMED_NANOS);
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable; keeps the passes from being optimised away");
        }
        return rows.size() * (double) passes / (Math.max(1L, elapsed) / 1e9);
    }

    private static long runPass(List<LabeledTarget> rows, TargetScorer scorer) {
        long sink = 0;
        for (TargetScore score : LabeledTarget.scoreBySentence(rows, scorer)) {
            sink += score.label().ordinal() + 1;
        }
        return sink;
    }

    /** {@code NewsMtscEvaluator FILE [MODEL]}: evaluates the given model, or the default one. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: NewsMtscEvaluator DATA.jsonl [MODEL.tsv]");
            System.exit(2);
        }
        TargetScorer scorer = args.length == 2 ? LearnedTargetScorer.load(Path.of(args[1]))
                : LearnedTargetScorer.loadDefault();
        evaluate(Path.of(args[0]), scorer, System.out);
    }
}
