package io.mediamon.lab.nab;

import io.mediamon.alert.detect.DetectorParams;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the corpus at the chosen parameters and at every nearby setting of {@link ParamGrid#nearby}, and prints
 * the spread of the standard score (best, median, minimum), so that a sharp peak shows.
 */
public final class NabRobustness {

    /** Spread of the standard score over the nearby settings (the chosen one included). */
    public record Spread(double chosen, double best, double median, double min, int settings) {
        public String json() {
            return String.format(Locale.ROOT, "{\"robustness_chosen\": %.2f, \"robustness_best\": %.2f, "
                    + "\"robustness_median\": %.2f, \"robustness_min\": %.2f, \"robustness_settings\": %d}",
                    chosen, best, median, min, settings);
        }
    }

    private NabRobustness() {
    }

    public static Spread run(NabCorpus corpus, DetectorParams base, int joint, PrintStream out) {
        double chosen = standard(corpus, base);
        List<Double> all = new ArrayList<>();
        all.add(chosen);
        out.printf(Locale.ROOT, "robustness: chosen setting %.2f (standard)%n", chosen);
        for (Map<String, Double> change : ParamGrid.nearby(base, joint, 42L)) {
            double s = standard(corpus, ParamGrid.with(base, change));
            all.add(s);
            String label = change.size() == 1 ? change.toString() : "joint x[0.8,1.25] #" + (all.size() - 1);
            out.printf(Locale.ROOT, "  %-50s %.2f%n", label, s);
        }
        double[] v = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
        Spread spread = new Spread(chosen, v[v.length - 1], median, v[0], v.length);
        out.printf(Locale.ROOT, "robustness over %d settings: best %.2f, median %.2f, min %.2f (chosen %.2f)%n",
                v.length, spread.best(), spread.median(), spread.min(), chosen);
        out.println(spread.json());
        return spread;
    }

    static double standard(NabCorpus corpus, DetectorParams p) {
        return NabScorer.score(NabHarness.score(corpus, p), NabProfile.STANDARD).normalised();
    }

    /** Quick tuning aid: {@code NabRobustness DATA WINDOWS [name=value ...]} prints the three scores. */
    public static void main(String[] args) throws Exception {
        NabCorpus corpus = NabCorpus.load(java.nio.file.Path.of(args[0]), java.nio.file.Path.of(args[1]));
        DetectorParams p = ParamGrid.with(NabHarness.NAB_PARAMS,
                ParamGrid.parse(Arrays.asList(args).subList(2, args.length)));
        long t0 = System.nanoTime();
        List<NabScorer.FileInput> inputs = NabHarness.score(corpus, p);
        List<NabScorer.ProfileResult> results = new ArrayList<>();
        for (NabProfile profile : NabProfile.all()) {
            results.add(NabScorer.score(inputs, profile));
        }
        System.out.printf(Locale.ROOT, "std %.2f lowFP %.2f lowFN %.2f  (%.1f s)%n", results.get(0).normalised(),
                results.get(1).normalised(), results.get(2).normalised(), (System.nanoTime() - t0) / 1e9);
        NabHarness.printCategories(System.out, corpus, inputs, results);
        if (System.getProperty("perFile") != null) {
            for (NabScorer.FileOutcome f : results.get(0).files()) {
                System.out.printf(Locale.ROOT, "  %-50s W %d TP %d FP %2d reward %.2f raw %+.2f%n", f.key(),
                        f.truePositives() + f.falseNegatives(), f.truePositives(), f.falsePositives(),
                        f.bestTpReward(), f.raw());
            }
        }
    }
}
