package io.mediamon.lab.sentiment;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.analysis.sentiment.contextual.ContextualHead;
import io.mediamon.analysis.sentiment.contextual.ContextualTargetScorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code ContextualEval FILE [HEAD]}: NewsMTSC evaluation of the contextual scorer. */
public final class ContextualEval {

    private ContextualEval() {
    }

    /**
     * The scorer as the eval measures it: a one-entry encoding cache, so each sentence is encoded once for all its
     * consecutive targets and every timed pass pays for every encoding again.
     */
    public static ContextualTargetScorer scorer(ContextualHead head) {
        SentenceEncoder encoder = SentenceEncoder.open(EncoderSettings.defaults().withLayer(head.layer())
                .withCacheSize(1));
        return new ContextualTargetScorer(encoder, head, LearnedTargetScorer.loadDefault());
    }

    public static void main(String[] args) throws IOException {
        ContextualHead head;
        if (args.length > 1) {
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                head = ContextualHead.read(in);
            }
        } else {
            head = ContextualHead.loadDefault();
        }
        NewsMtscEvaluator.evaluate(Path.of(args[0]), scorer(head), System.out);
    }
}
