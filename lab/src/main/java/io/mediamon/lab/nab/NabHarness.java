package io.mediamon.lab.nab;

import io.mediamon.alert.detect.Direction;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.detect.DetectorParams;
import io.mediamon.alert.detect.DetectorState;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs {@link SpikeDetector} with {@link DetectorParams#defaults()} over NAB data files, writes NAB-style result
 * files and, given the windows file, scores them with {@link NabScorer}. Backs {@code ./mediamon nab}.
 */
public final class NabHarness {

    private NabHarness() {
    }

    /**
     * @param dataDir     either a NAB data root holding {@code CATEGORY/NAME.csv} files, or one category directory
     * @param outDir      receives {@code CATEGORY/mediamon_NAME.csv} with {@code timestamp,value,anomaly_score,label}
     * @param windowsFile NAB windows JSON, or null to only write scores
     * @param out         receives a per-file summary; its last line is one JSON line with the profile scores
     */
    public static NabResult run(Path dataDir, Path outDir, Path windowsFile, PrintStream out) throws IOException {
        return run(dataDir, outDir, windowsFile, NAB_PARAMS, out);
    }

    /**
     * The parameters every NAB file is scored with: the detector's defaults, watching both directions (NAB labels
     * drops as well as rises; a mediamon user asks for drops with the same option).
     */
    public static final DetectorParams NAB_PARAMS = DetectorParams.defaults().withDirection(Direction.BOTH);

    /** As {@link #run(Path, Path, Path, PrintStream)} with the given parameters (the same for every file). */
    public static NabResult run(Path dataDir, Path outDir, Path windowsFile, DetectorParams params, PrintStream out)
            throws IOException {
        long started = System.nanoTime();
        NabCorpus corpus = NabCorpus.load(dataDir, windowsFile);
        List<NabScorer.FileInput> inputs = score(corpus, params);
        for (int f = 0; f < inputs.size(); f++) {
            NabCorpus.Entry e = corpus.entries().get(f);
            write(outDir.resolve(e.category()).resolve("mediamon_" + e.name()), e.series(), inputs.get(f).scores(),
                    e.windows());
        }
        List<NabScorer.ProfileResult> results = new ArrayList<>();
        if (corpus.labelled()) {
            for (NabProfile profile : NabProfile.all()) {
                results.add(NabScorer.score(inputs, profile));
            }
            printSummary(out, results);
            printCategories(out, corpus, inputs, results);
        } else {
            out.printf(Locale.ROOT, "scored %d files, %d records into %s%n", inputs.size(), corpus.records(), outDir);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        NabResult result = new NabResult(List.copyOf(results), inputs.size(), corpus.records(), millis);
        out.printf(Locale.ROOT, "%d files, %d records in %.1f s%n", inputs.size(), corpus.records(), millis / 1000.0);
        out.println(result.json());
        return result;
    }

    /** Scores every file of the corpus from a fresh state with one parameter set (files in parallel). */
    public static List<NabScorer.FileInput> score(NabCorpus corpus, DetectorParams params) {
        SpikeDetector detector = new SpikeDetector(params);
        return corpus.entries().parallelStream()
                .map(e -> new NabScorer.FileInput(e.key(), score(e.series(), detector), e.windows()))
                .toList();
    }

    /** Scores one series from a fresh state, record by record. */
    public static double[] score(NabSeries series) {
        return score(series, new SpikeDetector(NAB_PARAMS));
    }

    public static double[] score(NabSeries series, SpikeDetector detector) {
        DetectorState state = detector.initial();
        double[] scores = new double[series.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = detector.score(state, series.times()[i], series.values()[i]);
        }
        return scores;
    }

    /**
     * Per category: the category's normalised score at the corpus-wide threshold of each profile (the honest
     * figure: one threshold for everything), and, for comparison with per-category tables, the score with the
     * threshold optimised on that category alone.
     */
    static void printCategories(PrintStream out, NabCorpus corpus, List<NabScorer.FileInput> inputs,
                                List<NabScorer.ProfileResult> results) {
        out.println("per category (corpus-wide threshold | threshold optimised on the category alone):");
        out.printf(Locale.ROOT, "  %-22s %7s %7s %7s | %7s %7s %7s%n", "category", "std", "lowFP", "lowFN",
                "std", "lowFP", "lowFN");
        for (String category : corpus.categories()) {
            List<NabScorer.FileInput> subset = new ArrayList<>();
            for (int f = 0; f < inputs.size(); f++) {
                if (corpus.entries().get(f).category().equals(category)) {
                    subset.add(inputs.get(f));
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-22s", category));
            for (NabScorer.ProfileResult r : results) {
                line.append(String.format(Locale.ROOT, " %7.2f", NabScorer.normalisedAt(subset, r.profile(),
                        r.threshold())));
            }
            line.append(" |");
            for (NabScorer.ProfileResult r : results) {
                line.append(String.format(Locale.ROOT, " %7.2f", NabScorer.score(subset, r.profile()).normalised()));
            }
            out.println(line);
        }
    }

    private static void write(Path file, NabSeries series, double[] scores, List<int[]> windows) throws IOException {
        Files.createDirectories(file.getParent());
        int[] label = new int[scores.length];
        for (int[] w : windows) {
            for (int i = w[0]; i <= w[1]; i++) {
                label[i] = 1;
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("timestamp,value,anomaly_score,label\n");
            for (int i = 0; i < scores.length; i++) {
                double v = series.values()[i];
                String value = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
                w.write(series.rawTimestamps().get(i) + "," + value + ","
                        + String.format(Locale.ROOT, "%.8f", scores[i]) + "," + label[i] + "\n");
            }
        }
    }

    private static void printSummary(PrintStream out, List<NabScorer.ProfileResult> results) {
        for (NabScorer.ProfileResult r : results) {
            out.printf(Locale.ROOT, "%-20s threshold %.6f  raw %.3f (null %.1f, perfect %.1f)  TP %d  FN %d  FP %d  "
                            + "score %.2f%n", r.profile().name(), r.threshold(), r.raw(), r.nullRaw(), r.perfectRaw(),
                    r.truePositives(), r.falseNegatives(), r.falsePositives(), r.normalised());
        }
        NabScorer.ProfileResult standard = results.get(0);
        out.println("per file at the standard threshold:");
        for (NabScorer.FileOutcome f : standard.files()) {
            out.printf(Locale.ROOT, "  %-40s windows %d  TP %d  FN %d  FP %2d  TP reward %.2f  raw %+.3f%n", f.key(),
                    f.truePositives() + f.falseNegatives(), f.truePositives(), f.falseNegatives(), f.falsePositives(),
                    f.bestTpReward(), f.raw());
        }
    }

    /**
     * {@code NabHarness --data DIR --out OUT [--windows FILE]} (the {@code ./mediamon nab} arguments), or the same
     * positionally: {@code NabHarness DIR OUT [FILE]}.
     */
    public static void main(String[] args) throws IOException {
        String data = null;
        String outDir = null;
        String windows = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = i + 1 < args.length ? args[++i] : null;
                case "--out" -> outDir = i + 1 < args.length ? args[++i] : null;
                case "--windows" -> windows = i + 1 < args.length ? args[++i] : null;
                default -> positional.add(args[i]);
            }
        }
        data = data != null ? data : positional.size() > 0 ? positional.get(0) : null;
        outDir = outDir != null ? outDir : positional.size() > 1 ? positional.get(1) : null;
        windows = windows != null ? windows : positional.size() > 2 ? positional.get(2) : null;
        if (data == null || outDir == null) {
            System.err.println("usage: nab --data DIR --out OUT [--windows FILE]");
            System.exit(2);
        }
        run(Path.of(data), Path.of(outDir), windows == null ? null : Path.of(windows), System.out);
    }
}
