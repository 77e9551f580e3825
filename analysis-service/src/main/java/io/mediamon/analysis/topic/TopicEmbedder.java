package io.mediamon.analysis.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;

/**
 * Turns a text into its e5 retrieval embedding: the mean of the LAST layer's token states of {@code "query: " + text},
 * scaled to unit length. It needs the whole model, so it has its own encoder session (the sentiment scorer's
 * session is cut at an earlier layer). Encodings are cached by text hash, as the encoder does.
 */
public final class TopicEmbedder implements AutoCloseable {
    /** e5's prefix for symmetric tasks (classification, similarity): both sides are "queries". */
    static final String PREFIX = "query: ";
    /** Headline and lead fit in this many sub-word tokens; longer texts are cut. */
    public static final int MAX_TOKENS = 128;

    private final SentenceEncoder encoder;

    public TopicEmbedder(SentenceEncoder encoder) {
        if (encoder.settings().layer() != EncoderSettings.LAYERS) {
            throw new IllegalArgumentException("topic embeddings need the last encoder layer, not "
                    + encoder.settings().layer());
        }
        this.encoder = encoder;
    }

    /** The full e5 model, {@value #MAX_TOKENS} tokens, {@code cacheSize} cached texts, one thread per run. */
    public static TopicEmbedder open(int cacheSize) {
        return new TopicEmbedder(SentenceEncoder.open(new EncoderSettings(EncoderSettings.LAYERS, MAX_TOKENS,
                cacheSize, EncoderSettings.Provider.CPU, 1)));
    }

    public float[] embed(String text) {
        float[] v = encoder.embed(PREFIX + text);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public SentenceEncoder encoder() {
        return encoder;
    }

    @Override
    public void close() {
        encoder.close();
    }
}
