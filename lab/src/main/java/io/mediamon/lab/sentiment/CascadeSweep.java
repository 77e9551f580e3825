package io.mediamon.lab.sentiment;

import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.contextual.ContextualHead;
import io.mediamon.analysis.sentiment.contextual.ContextualTargetScorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code CascadeSweep HEAD FILE...}: macro-F1 of fast, contextual and the cascade at several confidence thresholds,
 * with the share of sentences the cascade still sends to the encoder (its cost relative to contextual mode).
 */
public final class CascadeSweep {

    static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};

    private CascadeSweep() {
    }

    public static void main(String[] args) throws IOException {
        ContextualHead head;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            head = ContextualHead.read(in);
        }
        TargetScorer fast = LearnedTargetScorer.loadDefault();
        ContextualTargetScorer ctx = ContextualEval.scorer(head);
        for (int f = 1; f < args.length; f++) {
            List<LabeledTarget> rows = NewsMtscReader.read(Path.of(args[f]));
            TargetScore[] fs = new TargetScore[rows.size()];
            TargetScore[] cs = new TargetScore[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                LabeledTarget r = rows.get(i);
                fs[i] = r.scoreWith(fast);
                cs[i] = r.scoreWith(ctx);
            }
            System.out.printf(Locale.ROOT, "%s: fast %.4f  contextual %.4f%n", args[f], f1(rows, fs, cs, 0),
                    f1(rows, fs, cs, 2));
            Set<String> sentences = new HashSet<>();
            rows.forEach(r -> sentences.add(r.sentence()));
            for (double t : THRESHOLDS) {
                Set<String> encoded = new HashSet<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (fs[i].confidence() < t) {
                        encoded.add(rows.get(i).sentence());
                    }
                }
                System.out.printf(Locale.ROOT, "  cascade at %.2f: macro-F1 %.4f, %.0f%% of sentences encoded%n", t,
                        f1(rows, fs, cs, t), 100.0 * encoded.size() / sentences.size());
            }
        }
    }

    private static double f1(List<LabeledTarget> rows, TargetScore[] fs, TargetScore[] cs, double t) {
        ConfusionMatrix cm = new ConfusionMatrix();
        for (int i = 0; i < rows.size(); i++) {
            TargetScore s = fs[i].confidence() >= t ? fs[i] : cs[i];
            cm.add(rows.get(i).label(), s.label());
        }
        return cm.macroF1();
    }
}
