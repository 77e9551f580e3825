package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.config.SentimentMode;
import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.analysis.sentiment.contextual.CascadeTargetScorer;
import io.mediamon.analysis.sentiment.contextual.ContextualHead;
import io.mediamon.analysis.sentiment.contextual.ContextualTargetScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one place a {@link TargetScorer} is chosen from the configuration ({@code MEDIAMON_SENTIMENT}); the service,
 * {@code ./mediamon bench} and {@code ./mediamon bench nlp} all build their scorer here.
 *
 * <p>{@link SentimentMode#CONTEXTUAL}: {@link ContextualTargetScorer} (frozen e5-small-v2 cut at layer 7 and the
 * bundled head), behind a {@link CascadeTargetScorer} that keeps the fast answer where the fast scorer is confident
 * enough; the fast scorer also covers targets past the encoder's truncation point.
 */
public final class TargetScorers {
    private TargetScorers() {
    }

    /**
     * @param mode  which scorer
     * @param model model file replacing the bundled one ({@code MEDIAMON_SENTIMENT_MODEL}), or null
     */
    public static TargetScorer create(SentimentMode mode, Path model) {
        return create(mode, model, EncoderSettings.defaults(), AnalysisConfig.DEFAULT_CASCADE);
    }

    /**
     * @param encoder contextual mode: how the sentence encoder runs
     * @param cascade contextual mode: fast confidence at or above which the encoder is skipped (above 1: never)
     */
    public static TargetScorer create(SentimentMode mode, Path model, EncoderSettings encoder, double cascade) {
        return create(mode, model, encoder, cascade, AnalysisConfig.DEFAULT_BUDGET);
    }

    /**
     * @param budget contextual mode with a cascade: most sentences encoded per article beyond the headline and lead,
     *               which are always read in context ({@link CascadeTargetScorer#UNLIMITED}: no limit)
     */
    public static TargetScorer create(SentimentMode mode, Path model, EncoderSettings encoder, double cascade,
                                      int budget) {
        return switch (mode) {
            case FAST -> fast(model);
            case CONTEXTUAL -> contextual(fast(model), encoder, cascade, budget);
        };
    }

    private static TargetScorer contextual(TargetScorer fast, EncoderSettings encoder, double cascade, int budget) {
        ContextualHead head = ContextualHead.loadDefault();
        ContextualTargetScorer contextual = new ContextualTargetScorer(
                SentenceEncoder.shared(encoder.withLayer(head.layer())), head, fast);
        return cascade > 1.0 ? contextual : new CascadeTargetScorer(fast, contextual, cascade, budget);
    }

    private static TargetScorer fast(Path model) {
        try {
            return model == null ? LearnedTargetScorer.loadDefault() : LearnedTargetScorer.load(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentiment model " + model, e);
        }
    }
}
