package io.mediamon.lab.sentiment;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.analysis.sentiment.contextual.ContextualHead;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains the contextual head on a NewsMTSC train file: encode every target once (layer-cut e5-small-v2), standardise,
 * choose the L2 strength by grouped k-fold cross-validation on train only (a sentence's targets stay in one fold;
 * folds are sentence index mod k), refit on all of train and write the head. Same data, same bytes.
 */
public final class ContextualHeadTrainer {

    static final double[] LAMBDAS = {3e-2, 1e-1, 3e-1};
    static final int FOLDS = 3;
    private static final SentimentLabel[] LABELS = SentimentLabel.values();

    private ContextualHeadTrainer() {
    }

    public static ContextualHead train(Path data, Path out, Path cacheDir, int layer, PrintStream log)
            throws IOException {
        long t0 = System.nanoTime();
        List<LabeledTarget> rows = NewsMtscReader.read(data);
        EncodedTargets table;
        try (SentenceEncoder encoder = SentenceEncoder.open(EncoderSettings.defaults().withLayer(layer))) {
            table = EncodedTargets.load(data, rows, encoder, cacheDir, log);
        }
        int dim = table.dim;
        int n = table.n;
        float[] mean = new float[dim];
        float[] scale = new float[dim];
        for (int j = 0; j < dim; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += table.x[i * dim + j];
            }
            double mu = s / n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double d = table.x[i * dim + j] - mu;
                ss += d * d;
            }
            mean[j] = (float) mu;
            scale[j] = (float) Math.max(1e-6, Math.sqrt(ss / n));
        }
        float[] z = new float[n * dim];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                z[i * dim + j] = (table.x[i * dim + j] - mean[j]) / scale[j];
            }
        }
        double bestLambda = LAMBDAS[0];
        double bestF1 = -1;
        for (double lambda : LAMBDAS) {
            ConfusionMatrix cm = new ConfusionMatrix();
            for (int fold = 0; fold < FOLDS; fold++) {
                boolean[] use = new boolean[n];
                for (int i = 0; i < n; i++) {
                    use[i] = table.group[i] % FOLDS != fold;
                }
                LogisticFit fit = LogisticFit.fit(z, dim, table.y, use, lambda);
                for (int i = 0; i < n; i++) {
                    if (!use[i]) {
                        cm.add(LABELS[table.y[i]], LABELS[fit.predict(z, i * dim, dim)]);
                    }
                }
            }
            log.printf(Locale.ROOT, "  lambda %.0e: %d-fold CV macro-F1 %.4f accuracy %.4f%n", lambda, FOLDS,
                    cm.macroF1(), cm.accuracy());
            if (cm.macroF1() > bestF1 + 1e-9) {
                bestF1 = cm.macroF1();
                bestLambda = lambda;
            }
        }
        LogisticFit fit = LogisticFit.fit(z, dim, table.y, null, bestLambda);
        ContextualHead head = new ContextualHead(layer, bestLambda, mean, scale, fit.w, fit.b);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            head.write(w);
        }
        log.printf(Locale.ROOT, "trained contextual head on %d targets of %s: layer %d, %d features, lambda %s"
                        + " (CV macro-F1 %.4f), %.1f s -> %s (%d bytes)%nsha256 %s%n", n, data, layer, dim,
                Double.toString(bestLambda), bestF1, (System.nanoTime() - t0) / 1e9, out, Files.size(out),
                EncodedTargets.sha256(out));
        return head;
    }

    /** {@code ContextualHeadTrainer TRAIN.jsonl OUT.tsv [CACHE_DIR] [LAYER]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ContextualHeadTrainer TRAIN.jsonl HEAD.tsv [CACHE_DIR] [LAYER]");
            System.exit(2);
        }
        Path cache = args.length > 2 ? Path.of(args[2]) : null;
        int layer = args.length > 3 ? Integer.parseInt(args[3]) : EncoderSettings.defaults().layer();
        train(Path.of(args[0]), Path.of(args[1]), cache, layer, System.out);
    }
}
