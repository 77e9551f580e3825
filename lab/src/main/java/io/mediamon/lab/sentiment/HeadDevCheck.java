package io.mediamon.lab.sentiment;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.analysis.sentiment.contextual.ContextualHead;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code HeadDevCheck HEAD CACHE_DIR FILE...}: macro-F1 of a head on cached encodings of dev files (no timing; the
 * eval command gives the real figures). For quick comparisons of heads while tuning on dev.
 */
public final class HeadDevCheck {

    private HeadDevCheck() {
    }

    public static void main(String[] args) throws IOException {
        ContextualHead head;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            head = ContextualHead.read(in);
        }
        Path cache = Path.of(args[1]);
        try (SentenceEncoder encoder = SentenceEncoder.open(EncoderSettings.defaults().withLayer(head.layer()))) {
            for (int f = 2; f < args.length; f++) {
                Path file = Path.of(args[f]);
                EncodedTargets t = EncodedTargets.load(file, NewsMtscReader.read(file), encoder, cache, System.out);
                ConfusionMatrix cm = new ConfusionMatrix();
                for (int i = 0; i < t.n; i++) {
                    double[] p = head.probabilities(t.row(i));
                    int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
                    cm.add(SentimentLabel.values()[t.y[i]], SentimentLabel.values()[best]);
                }
                System.out.printf(Locale.ROOT, "%s: macro-F1 %.4f accuracy %.4f (%d targets)%n", file, cm.macroF1(),
                        cm.accuracy(), t.n);
            }
        }
    }
}
