package io.mediamon.analysis.encoder;

import java.util.Locale;

/**
 * How the sentence encoder runs.
 *
 * @param layer      the transformer layer (1-based) whose output is read; the graph is cut there
 * @param maxTokens  longest input in sub-word tokens (longer texts are truncated)
 * @param cacheSize  how many encoded texts are kept, keyed by text hash (0 = no cache)
 * @param provider   ONNX Runtime execution provider
 * @param threads    ONNX Runtime intra-op threads per run
 */
public record EncoderSettings(int layer, int maxTokens, int cacheSize, Provider provider, int threads) {

    /** ONNX Runtime execution provider. CUDA needs the onnxruntime_gpu artifact and a GPU. */
    public enum Provider {
        CPU, CUDA;

        public static Provider parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    public static final int LAYERS = 12;

    public EncoderSettings {
        if (layer < 1 || layer > LAYERS) {
            throw new IllegalArgumentException("encoder layer must be 1.." + LAYERS + ", was " + layer);
        }
        if (maxTokens < 8 || maxTokens > 512) {
            throw new IllegalArgumentException("encoder max tokens must be 8..512, was " + maxTokens);
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("encoder cache size must be >= 0, was " + cacheSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("encoder threads must be >= 1, was " + threads);
        }
    }

    /** Layer 7 of 12, 256 tokens, 20,000 cached texts, CPU, one thread per run. */
    public static EncoderSettings defaults() {
        return new EncoderSettings(7, 256, 20_000, Provider.CPU, 1);
    }

    public EncoderSettings withCacheSize(int size) {
        return new EncoderSettings(layer, maxTokens, size, provider, threads);
    }

    public EncoderSettings withLayer(int l) {
        return new EncoderSettings(l, maxTokens, cacheSize, provider, threads);
    }
}
