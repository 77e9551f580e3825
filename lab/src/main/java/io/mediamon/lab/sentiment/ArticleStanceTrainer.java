package io.mediamon.lab.sentiment;

import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.party.ArticleStanceFeatures;
import io.mediamon.analysis.sentiment.party.ArticleStanceModel;
import io.mediamon.common.event.SentimentLabel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Fits the article-level decision ({@link ArticleStanceModel}) on PerSenT dev: each article's main person is
 * watched, the analyzer reads the article with the given scorer, and the person's {@link ArticleStanceFeatures} are
 * kept. The L2 strength and the class weighting are chosen by 5-fold cross-validation (folds by article: article
 * {@code i} is in fold {@code i mod 5}), together with offsets on the negative and positive biases, among the
 * settings whose cross-validated predictions call at most twice as many articles negative as readers did; the chosen
 * setting is refitted on all articles and the offsets added to its biases. Full-batch Adam from zero
 * with a fixed number of steps ({@link #UNWEIGHTED} features stay at 0); every measurement applies the mention-support
 * rule ({@link ArticleStanceModel#label}) as the service does. Nothing is random, so the same data and scorer
 * give the same file.
 */
public final class ArticleStanceTrainer {
    static final double[] LAMBDAS = {1e-3, 3e-3, 1e-2, 3e-2};
    /** Offsets tried on the negative and positive biases (neutral stays at 0), chosen with the L2 strength. */
    static final double[] NEGATIVE_OFFSETS = {-1.0, -0.5, 0, 0.5};
    static final double[] POSITIVE_OFFSETS = {-0.5, -0.25, 0, 0.25, 0.5, 0.75};
    static final int FOLDS = 5;
    /**
     * Bias offsets may call at most this many times the true negatives negative in cross-validation: below the
     * target's 2, so that the refit on all articles and the held-back split keep within it.
     */
    static final double NEGATIVE_MARGIN = 1.5;
    static final int STEPS = 1500;
    static final double LEARNING_RATE = 0.05;
    /**
     * Features kept at weight 0. {@code denied_share}: in PerSenT, people who deny accusations are mostly people the
     * readers judge negatively, so a fit would learn that a denial counts against the party. The product's rule is
     * the opposite (a denied or unproven accusation is not negative toward the party), so the fit may not use it.
     */
    static final java.util.Set<String> UNWEIGHTED = java.util.Set.of("denied_share");
    private static final int K = SentimentLabel.values().length;

    /** How the classes are weighted in the loss: as they come, by 1/sqrt(frequency), or by 1/frequency. */
    enum Weighting {
        NONE, SQRT, BALANCED
    }

    /** One cross-validated or in-sample measurement. */
    record Fit(double macroF1, double accuracy, long predictedNegative, double ece) {
    }

    private ArticleStanceTrainer() {
    }

    /**
     * Fits the article-level decision on PerSenT and writes it to {@code out}. With {@code seeds} and a positive
     * {@code seedWeight}, the hand-read seed parties ({@link SeedStanceTable#samples}) are extra calibration data:
     * each weighs {@code seedWeight} PerSenT articles in every fit (they are in the training part of every fold; the
     * folds and the figures are PerSenT's), and their agreement is printed.
     *
     * @param samplesFile where the articles' features are kept: read when it exists (the analyzer is then not run),
     *                    else written; null to always run the analyzer
     * @param seeds the seed directory, or null for PerSenT alone
     */
    public static ArticleStanceModel train(Path csv, TargetScorer scorer, String mode, Path out, Path samplesFile,
                                           Path seeds, double seedWeight, PrintStream log) throws IOException {
        List<PerSentEvaluator.Row> rows = PerSentEvaluator.read(csv);
        long t0 = System.nanoTime();
        List<PerSentEvaluator.Sample> samples;
        if (samplesFile != null && Files.exists(samplesFile)) {
            samples = readSamples(samplesFile, rows);
        } else {
            samples = PerSentEvaluator.samples(rows, scorer);
            if (samplesFile != null) {
                writeSamples(samplesFile, samples);
            }
        }
        List<PerSentEvaluator.Sample> extra = seeds == null || seedWeight <= 0 ? List.of()
                : SeedStanceTable.samples(seeds, scorer);
        double extraWeight = extra.isEmpty() ? 0 : seedWeight;
        long found = samples.stream().filter(s -> s.features() != null).count();
        long trueNegative = samples.stream().filter(s -> s.gold() == SentimentLabel.NEGATIVE).count();
        log.printf(Locale.ROOT, "read %d articles with the %s scorer in %.1f s; person found in %d%n", rows.size(),
                mode, (System.nanoTime() - t0) / 1e9, found);
        if (!extra.isEmpty()) {
            log.printf(Locale.ROOT, "with %d hand-read seed parties, each weighing %.1f articles%n", extra.size(),
                    extraWeight);
        }
        Weighting bestW = null;
        double bestL = 0;
        double[] bestOffsets = null;
        Fit best = null;
        for (Weighting w : Weighting.values()) {
            for (double lambda : LAMBDAS) {
                List<double[]> cvProbs = crossValidate(samples, extra, extraWeight, w, lambda);
                Fit plain = measure(samples, cvProbs);
                Fit shiftedBest = null;
                double[] shiftedOffsets = null;
                for (double dn : NEGATIVE_OFFSETS) {
                    for (double dp : POSITIVE_OFFSETS) {
                        double[] offsets = {dn, 0, dp};
                        Fit cv = measure(samples, cvProbs.stream().map(p -> p == null ? null : shift(p, offsets))
                                .toList());
                        if (cv.predictedNegative() <= NEGATIVE_MARGIN * trueNegative
                                && (shiftedBest == null || cv.macroF1() > shiftedBest.macroF1() + 1e-9)) {
                            shiftedBest = cv;
                            shiftedOffsets = offsets;
                        }
                    }
                }
                log.printf(Locale.ROOT, "  CV %-8s lambda %.3f: macro-F1 %.4f accuracy %.4f negatives %d;"
                                + " with bias offsets %s: %s%n", w, lambda, plain.macroF1(), plain.accuracy(),
                        plain.predictedNegative(), shiftedOffsets == null ? "-" : Arrays.toString(shiftedOffsets),
                        shiftedBest == null ? "none within the negative margin" : String.format(Locale.ROOT,
                                "macro-F1 %.4f accuracy %.4f negatives %d", shiftedBest.macroF1(),
                                shiftedBest.accuracy(), shiftedBest.predictedNegative()));
                if (shiftedBest != null && (best == null || shiftedBest.macroF1() > best.macroF1() + 1e-9)) {
                    best = shiftedBest;
                    bestW = w;
                    bestL = lambda;
                    bestOffsets = shiftedOffsets;
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no setting keeps predicted negatives within twice the true ones");
        }
        ArticleStanceModel model = fit(samples, extra, extraWeight, bestW, bestL).shifted(bestOffsets);
        Fit in = measure(samples, samples.stream().map(s -> s.features() == null ? null
                : model.probabilities(s.features())).toList());
        if (!extra.isEmpty()) {
            long agree = agreeing(model, extra);
            log.printf(Locale.ROOT, "seed parties (in-sample): label agrees on %d of %d; leaving each seed article"
                    + " out of the fit in turn: %d of %d%n", agree, extra.size(),
                    seedHoldOutAgreement(samples, extra, extraWeight, bestW, bestL, bestOffsets), extra.size());
        }
        log.printf(Locale.ROOT, "chosen %s lambda %.3f bias offsets %s%n", bestW, bestL, Arrays.toString(bestOffsets));
        log.printf(Locale.ROOT, "cross-validated: macro-F1 %.4f accuracy %.4f negatives %d (true %d) ECE %.4f%n",
                best.macroF1(), best.accuracy(), best.predictedNegative(), trueNegative, best.ece());
        log.printf(Locale.ROOT, "in-sample:       macro-F1 %.4f accuracy %.4f negatives %d (true %d) ECE %.4f%n",
                in.macroF1(), in.accuracy(), in.predictedNegative(), trueNegative, in.ece());
        String text = model.write(List.of(
                "article-level stance: multinomial logistic regression over ArticleStanceFeatures",
                "written by ./mediamon train persent --sentiment " + mode + " --data " + csv.getFileName()
                        + (extra.isEmpty() ? "" : String.format(Locale.ROOT,
                        " --seeds %s --seed-weight %s", seeds.getFileName(), Double.toString(extraWeight))),
                String.format(Locale.ROOT, "class weighting %s, L2 %.3f, %d full-batch Adam steps from zero,"
                        + " bias offsets %s", bestW.name().toLowerCase(Locale.ROOT), bestL, STEPS,
                        Arrays.toString(bestOffsets)),
                String.format(Locale.ROOT, "5-fold CV macro-F1 %.4f (in-sample %.4f), CV ECE %.4f", best.macroF1(),
                        in.macroF1(), best.ece())));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(out, bytes);
        log.printf(Locale.ROOT, "wrote %s sha256 %s%n", out, sha256(bytes));
        log.printf(Locale.ROOT, "{\"cv_f1_macro\":%.4f,\"in_sample_f1_macro\":%.4f,\"cv_ece\":%.4f,"
                + "\"cv_predicted_negative\":%d,\"true_negative\":%d}%n", best.macroF1(), in.macroF1(), best.ece(),
                best.predictedNegative(), trueNegative);
        return model;
    }

    /**
     * The seed parties whose label a fit without their own seed article (the setting and offsets fixed) gets right:
     * how far the seed calibration carries to an article it has not seen.
     */
    static long seedHoldOutAgreement(List<PerSentEvaluator.Sample> samples, List<PerSentEvaluator.Sample> extra,
                                     double extraWeight, Weighting w, double lambda, double[] offsets) {
        long agree = 0;
        for (String article : extra.stream().map(ArticleStanceTrainer::seedArticle).distinct().toList()) {
            List<PerSentEvaluator.Sample> others = extra.stream().filter(x -> !seedArticle(x).equals(article))
                    .toList();
            ArticleStanceModel m = fit(samples, others, extraWeight, w, lambda).shifted(offsets);
            agree += agreeing(m, extra.stream().filter(x -> seedArticle(x).equals(article)).toList());
        }
        return agree;
    }

    /** How many of {@code samples} {@code model} labels as their gold label. */
    private static long agreeing(ArticleStanceModel model, List<PerSentEvaluator.Sample> samples) {
        return samples.stream().filter(x -> ArticleStanceModel.label(model.probabilities(x.features()), x.features())
                == x.gold()).count();
    }

    private static String seedArticle(PerSentEvaluator.Sample s) {
        return s.id().substring(0, s.id().indexOf('/'));
    }

    /** Out-of-fold class probabilities per article (null where the person was not found). */
    static List<double[]> crossValidate(List<PerSentEvaluator.Sample> samples, List<PerSentEvaluator.Sample> extra,
                                        double extraWeight, Weighting w, double lambda) {
        List<double[]> probs = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            probs.add(null);
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            List<PerSentEvaluator.Sample> train = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (i % FOLDS != fold) {
                    train.add(samples.get(i));
                }
            }
            ArticleStanceModel m = fit(train, extra, extraWeight, w, lambda);
            for (int i = fold; i < samples.size(); i += FOLDS) {
                double[] f = samples.get(i).features();
                probs.set(i, f == null ? null : m.probabilities(f));
            }
        }
        return probs;
    }

    static void writeSamples(Path file, List<PerSentEvaluator.Sample> samples) throws IOException {
        StringBuilder sb = new StringBuilder("id\tgold\t").append(String.join("\t", ArticleStanceFeatures.NAMES))
                .append('\n');
        for (PerSentEvaluator.Sample s : samples) {
            sb.append(s.id()).append('\t').append(s.gold().text());
            if (s.features() != null) {
                for (double v : s.features()) {
                    sb.append('\t').append(Double.toString(v));
                }
            }
            sb.append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    static List<PerSentEvaluator.Sample> readSamples(Path file, List<PerSentEvaluator.Row> rows) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.get(0).equals("id\tgold\t" + String.join("\t", ArticleStanceFeatures.NAMES))
                || lines.size() - 1 != rows.size()) {
            throw new IOException(file + " holds other features or articles; delete it to recompute");
        }
        List<PerSentEvaluator.Sample> out = new ArrayList<>(rows.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            double[] f = null;
            if (c.length > 2) {
                f = new double[c.length - 2];
                for (int j = 2; j < c.length; j++) {
                    f[j - 2] = Double.parseDouble(c[j]);
                }
            }
            out.add(new PerSentEvaluator.Sample(c[0], f, SentimentLabel.fromText(c[1])));
        }
        return out;
    }

    static double[] shift(double[] p, double[] offsets) {
        double[] q = new double[p.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            q[k] = p[k] * Math.exp(offsets[k]);
            sum += q[k];
        }
        for (int k = 0; k < p.length; k++) {
            q[k] /= sum;
        }
        return q;
    }

    /**
     * Labels as the service decides them ({@link ArticleStanceModel#label}: the mention-support rule applied to
     * {@code probs}), confidence the probability of that label. Articles without the person count as predicted
     * neutral; ECE is over the others.
     */
    static Fit measure(List<PerSentEvaluator.Sample> samples, List<double[]> probs) {
        ConfusionMatrix cm = new ConfusionMatrix();
        List<Double> conf = new ArrayList<>();
        List<Boolean> ok = new ArrayList<>();
        long negatives = 0;
        for (int i = 0; i < samples.size(); i++) {
            double[] p = probs.get(i);
            SentimentLabel predicted = SentimentLabel.NEUTRAL;
            if (p != null) {
                predicted = ArticleStanceModel.label(p, samples.get(i).features());
                conf.add(p[predicted.ordinal()]);
                ok.add(predicted == samples.get(i).gold());
            }
            if (predicted == SentimentLabel.NEGATIVE) {
                negatives++;
            }
            cm.add(samples.get(i).gold(), predicted);
        }
        boolean[] k = new boolean[ok.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = ok.get(i);
        }
        double ece = PerSentEvaluator.expectedCalibrationError(conf.stream().mapToDouble(Double::doubleValue)
                .toArray(), k);
        return new Fit(cm.macroF1(), cm.accuracy(), negatives, ece);
    }

    static ArticleStanceModel fit(List<PerSentEvaluator.Sample> all, Weighting weighting, double lambda) {
        return fit(all, List.of(), 0, weighting, lambda);
    }

    /**
     * Standardised features, class-weighted cross-entropy plus L2 on the non-bias weights, folded back to raw.
     * The {@code extra} samples weigh {@code extraWeight} each; the class weights and the standardisation are
     * PerSenT's.
     */
    static ArticleStanceModel fit(List<PerSentEvaluator.Sample> all, List<PerSentEvaluator.Sample> extra,
                                  double extraWeight, Weighting weighting, double lambda) {
        List<PerSentEvaluator.Sample> persent = all.stream().filter(s -> s.features() != null).toList();
        List<PerSentEvaluator.Sample> data = new ArrayList<>(persent);
        data.addAll(extra);
        int base = persent.size();
        int n = data.size();
        int f = ArticleStanceFeatures.SIZE;
        double[] mean = new double[f];
        double[] sd = new double[f];
        for (PerSentEvaluator.Sample s : persent) {
            for (int j = 0; j < f; j++) {
                mean[j] += s.features()[j] / base;
            }
        }
        for (PerSentEvaluator.Sample s : persent) {
            for (int j = 0; j < f; j++) {
                double d = s.features()[j] - mean[j];
                sd[j] += d * d / base;
            }
        }
        for (int j = 0; j < f; j++) {
            sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 1;
        }
        double[][] x = new double[n][f];
        int[] y = new int[n];
        int[] count = new int[K];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                x[i][j] = (data.get(i).features()[j] - mean[j]) / sd[j];
            }
            y[i] = data.get(i).gold().ordinal();
            if (i < base) {
                count[y[i]]++;
            }
        }
        double[] sampleWeight = new double[n];
        for (int i = 0; i < n; i++) {
            sampleWeight[i] = i < base ? 1 : extraWeight;
        }
        double[] classWeight = new double[K];
        for (int k = 0; k < K; k++) {
            double freq = Math.max(1, count[k]) / (double) base;
            classWeight[k] = switch (weighting) {
                case NONE -> 1;
                case SQRT -> 1 / Math.sqrt(freq);
                case BALANCED -> 1 / freq;
            };
        }
        double totalWeight = 0;
        for (int i = 0; i < n; i++) {
            totalWeight += classWeight[y[i]] * sampleWeight[i];
        }
        double[][] w = new double[K][f + 1];
        double[][] m1 = new double[K][f + 1];
        double[][] m2 = new double[K][f + 1];
        double b1 = 0.9;
        double b2 = 0.999;
        double[] z = new double[K];
        boolean[] frozen = new boolean[f + 1];
        for (int j = 0; j < f; j++) {
            frozen[j + 1] = UNWEIGHTED.contains(ArticleStanceFeatures.NAMES.get(j));
        }
        for (int step = 1; step <= STEPS; step++) {
            double[][] g = new double[K][f + 1];
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < K; k++) {
                    double v = w[k][0];
                    for (int j = 0; j < f; j++) {
                        v += w[k][j + 1] * x[i][j];
                    }
                    z[k] = v;
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int k = 0; k < K; k++) {
                    z[k] = Math.exp(z[k] - max);
                    sum += z[k];
                }
                double cw = classWeight[y[i]] * sampleWeight[i] / totalWeight;
                for (int k = 0; k < K; k++) {
                    double d = cw * (z[k] / sum - (k == y[i] ? 1 : 0));
                    g[k][0] += d;
                    for (int j = 0; j < f; j++) {
                        g[k][j + 1] += d * x[i][j];
                    }
                }
            }
            for (int k = 0; k < K; k++) {
                for (int j = 0; j <= f; j++) {
                    if (frozen[j]) {
                        continue;
                    }
                    double grad = g[k][j] + (j > 0 ? lambda * w[k][j] : 0);
                    m1[k][j] = b1 * m1[k][j] + (1 - b1) * grad;
                    m2[k][j] = b2 * m2[k][j] + (1 - b2) * grad * grad;
                    double mh = m1[k][j] / (1 - Math.pow(b1, step));
                    double vh = m2[k][j] / (1 - Math.pow(b2, step));
                    w[k][j] -= LEARNING_RATE * mh / (Math.sqrt(vh) + 1e-8);
                }
            }
        }
        double[][] raw = new double[K][f + 1];
        for (int k = 0; k < K; k++) {
            double bias = w[k][0];
            for (int j = 0; j < f; j++) {
                raw[k][j + 1] = w[k][j + 1] / sd[j];
                bias -= w[k][j + 1] * mean[j] / sd[j];
            }
            raw[k][0] = bias;
        }
        return new ArticleStanceModel(raw);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
