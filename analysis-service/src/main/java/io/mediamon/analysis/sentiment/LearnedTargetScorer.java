package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.TokenSpan;
import io.mediamon.common.event.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Target-dependent scorer: target-relative features ({@link TargetFeatureExtractor}) scored by a learned
 * {@link LinearSoftmaxModel}. Thread-safe.
 */
public final class LearnedTargetScorer implements TargetScorer {

    public static final String DEFAULT_MODEL_RESOURCE = "sentiment/tsc-model.tsv";
    private static final int MAX_CUES = 3;
    private static final SentimentLabel[] LABELS = SentimentLabel.values();

    private final LinearSoftmaxModel model;
    private final TargetFeatureExtractor extractor;

    public LearnedTargetScorer(LinearSoftmaxModel model, TargetFeatureExtractor extractor) {
        this.model = model;
        this.extractor = extractor;
    }

    /** The model shipped in this module's resources. */
    public static LearnedTargetScorer loadDefault() {
        try (InputStream in = LearnedTargetScorer.class.getClassLoader().getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default model not on the classpath: " + DEFAULT_MODEL_RESOURCE);
            }
            return of(LinearSoftmaxModel.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_MODEL_RESOURCE, e);
        }
    }

    public static LearnedTargetScorer load(Path modelFile) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(modelFile, StandardCharsets.UTF_8)) {
            return of(LinearSoftmaxModel.read(in));
        }
    }

    public static LearnedTargetScorer of(LinearSoftmaxModel model) {
        return new LearnedTargetScorer(model, TargetFeatureExtractor.standard());
    }

    /** Per-thread buffers, so scoring a target allocates only its result. */
    private static final class Scratch {
        final FeatureVector features = FeatureVector.hashed();
        int[] rows = new int[256];
        final double[] p = new double[3];
        final String[] topCue = new String[MAX_CUES];
        final double[] topPush = new double[MAX_CUES];
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    @Override
    public TargetScore score(ArticleText text, Sentence sentence, TokenSpan target) {
        Scratch s = scratch.get();
        FeatureVector fv = s.features;
        extractor.extract(text, sentence, target, fv);
        if (s.rows.length < fv.size()) {
            s.rows = new int[Math.max(fv.size(), s.rows.length * 2)];
        }
        double[] p = s.p;
        model.probabilities(fv, s.rows, p);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        double score = p[SentimentLabel.POSITIVE.ordinal()] - p[SentimentLabel.NEGATIVE.ordinal()];
        return new TargetScore(LABELS[best], score, p[best], cues(fv, s, best));
    }

    /** Cue texts of the features that pushed hardest toward the chosen class, strongest first. */
    private List<String> cues(FeatureVector fv, Scratch s, int chosen) {
        String[] topCue = s.topCue;
        double[] topPush = s.topPush;
        java.util.Arrays.fill(topCue, null);
        java.util.Arrays.fill(topPush, 0);
        for (int i = 0; i < fv.size(); i++) {
            String cue = fv.cue(i);
            int row = s.rows[i];
            if (cue == null || row < 0) {
                continue;
            }
            double push = fv.value(i) * (model.weight(row, chosen)
                    - (model.weight(row, 0) + model.weight(row, 1) + model.weight(row, 2)) / 3.0);
            insert(topCue, topPush, cue, push);
        }
        int n = 0;
        while (n < MAX_CUES && topCue[n] != null) {
            n++;
        }
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(topCue[0]);
            case 2 -> List.of(topCue[0], topCue[1]);
            default -> List.of(topCue[0], topCue[1], topCue[2]);
        };
    }

    private static void insert(String[] cues, double[] pushes, String cue, double push) {
        if (push <= 0) {
            return;
        }
        for (int i = 0; i < cues.length; i++) {
            if (cue.equals(cues[i])) {
                if (push <= pushes[i]) {
                    return;
                }
                removeAt(cues, pushes, i);
                break;
            }
        }
        for (int i = 0; i < cues.length; i++) {
            if (cues[i] == null || push > pushes[i]) {
                for (int j = cues.length - 1; j > i; j--) {
                    cues[j] = cues[j - 1];
                    pushes[j] = pushes[j - 1];
                }
                cues[i] = cue;
                pushes[i] = push;
                return;
            }
        }
    }

    private static void removeAt(String[] cues, double[] pushes, int at) {
        for (int j = at; j < cues.length - 1; j++) {
            cues[j] = cues[j + 1];
            pushes[j] = pushes[j + 1];
        }
        cues[cues.length - 1] = null;
        pushes[cues.length - 1] = 0;
    }
}
