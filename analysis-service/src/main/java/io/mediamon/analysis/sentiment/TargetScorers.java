package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.config.SentimentMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one place a {@link TargetScorer} is chosen from the configuration ({@code MEDIAMON_SENTIMENT}); the service,
 * {@code ./mediamon bench} and {@code ./mediamon bench nlp} all build their scorer here.
 *
 * <p>A second implementation plugs in by adding its case to {@link #create}: {@link SentimentMode#CONTEXTUAL} is
 * reserved for a contextual scorer and fails with a clear message until one is built in.
 */
public final class TargetScorers {
    private TargetScorers() {
    }

    /**
     * @param mode  which scorer
     * @param model model file replacing the bundled one ({@code MEDIAMON_SENTIMENT_MODEL}), or null
     */
    public static TargetScorer create(SentimentMode mode, Path model) {
        return switch (mode) {
            case FAST -> fast(model);
            case CONTEXTUAL -> throw new IllegalStateException(
                    "MEDIAMON_SENTIMENT=contextual: no contextual scorer is built into this version; use fast");
        };
    }

    private static TargetScorer fast(Path model) {
        try {
            return model == null ? LearnedTargetScorer.loadDefault() : LearnedTargetScorer.load(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentiment model " + model, e);
        }
    }
}
