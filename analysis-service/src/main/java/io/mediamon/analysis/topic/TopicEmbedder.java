package io.mediamon.analysis.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.analysis.encoder.TokenStates;
import java.util.List;
import java.util.function.Function;

/**
 * Turns sentences into one e5 embedding: the mean of the LAST layer's token states over all their tokens, scaled to
 * unit length. Each sentence goes through {@link SentenceEncoder#finalStates}, so it is encoded exactly as the
 * contextual sentiment scorer encodes it (the same text, no prefix, the same shared encoder and cache): a sentence
 * both need costs one pass, its layer-7 states for sentiment, its last-layer states here.
 */
public final class TopicEmbedder {
    private final SentenceEncoder encoder;
    private final String prefix;

    public TopicEmbedder(SentenceEncoder encoder) {
        this(encoder, "");
    }

    /**
     * With a {@code prefix} before every text (e5's {@code "query: "}), for the lab's comparison only: prefixed
     * sentences are not the ones the sentiment scorer encodes, so their passes are not shared.
     */
    public TopicEmbedder(SentenceEncoder encoder, String prefix) {
        this.encoder = encoder;
        this.prefix = prefix;
    }

    /** The process's shared encoder for {@code settings} (the one the contextual scorer uses for the same settings). */
    public static TopicEmbedder shared(EncoderSettings settings) {
        return new TopicEmbedder(SentenceEncoder.shared(settings));
    }

    /** The embedding of one text (a topic description, or an item given as one string). */
    public float[] embed(String text) {
        return embed(List.of(text));
    }

    /** The embedding of {@code sentences} together: the unit-length mean over all their tokens. */
    public float[] embed(List<String> sentences) {
        float[] sum = tokenSum(sentences, encoder::finalStates);
        if (sum.length == 0) {
            return sum;
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < sum.length; i++) {
            sum[i] *= inv;
        }
        return sum;
    }

    /**
     * The mean of the configured (middle) layer's token states over all tokens of {@code sentences}: the states the
     * contextual sentiment scorer reads, from the same cache (empty when there are no tokens).
     */
    public float[] middleMean(List<String> sentences) {
        return meanAfter(encoder.settings().layer(), sentences);
    }

    /**
     * The mean of the token states after {@code layer} (the middle one or one above it) over all tokens of
     * {@code sentences}; above the middle layer, each sentence's cached middle-layer pass is run on to that layer only.
     */
    public float[] meanAfter(int layer, List<String> sentences) {
        int[] tokens = {0};
        float[] sum = tokenSum(sentences, text -> {
            TokenStates states = encoder.statesAfter(layer, text);
            tokens[0] += states.states().length;
            return states;
        });
        if (sum.length == 0) {
            return sum;
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= tokens[0];
        }
        return sum;
    }

    /**
     * The last-layer embedding of {@code sentences} as {@code projection} predicts it from their states after its layer
     * (the middle one: no further layers run; one above it: only the layers up to it run).
     */
    public float[] embed(List<String> sentences, LayerProjection projection) {
        if (projection.layer() < encoder.settings().layer()) {
            throw new IllegalStateException("the projection reads layer " + projection.layer() + ", below the encoder's"
                    + " cut at " + encoder.settings().layer());
        }
        float[] mean = meanAfter(projection.layer(), sentences);
        return mean.length == 0 ? mean : projection.apply(mean);
    }

    static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public SentenceEncoder encoder() {
        return encoder;
    }

    /** The element-wise sum of every token state of {@code sentences} (prefixed), or an empty array without tokens. */
    private float[] tokenSum(List<String> sentences, Function<String, TokenStates> pass) {
        float[] sum = null;
        for (String s : sentences) {
            for (float[] row : pass.apply(prefix.isEmpty() ? s : prefix + s).states()) {
                if (sum == null) {
                    sum = new float[row.length];
                }
                for (int i = 0; i < row.length; i++) {
                    sum[i] += row[i];
                }
            }
        }
        return sum == null ? new float[0] : sum;
    }
}
