package io.mediamon.analysis.topic;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A linear map from the mean of a text's token states after one layer (the middle one the contextual sentiment
 * scorer reads and caches per sentence, or one above it, which only its layers up to that one need) to its last-layer
 * embedding, so the topic stage can read the passes sentiment makes anyway instead of running all the last layers.
 * The file records the layer it reads. Fitted by the lab's {@code TopicDistillation} (ridge regression on the zero-shot
 * tagger's own embeddings of allowed unlabelled text: NewsMTSC train sentences, PerSenT dev articles, the seeds, the
 * hand-written examples; never AG News). File: magic, input width, output width, layer, then {@code (in + 1) x out}
 * floats, the last row the bias.
 */
public final class LayerProjection {
    public static final String RESOURCE = "/topic/layer-projection.bin";
    private static final int MAGIC = 0x4d4d4c50; // "MMLP"

    private final float[][] weights;
    private final float[] bias;
    private final int layer;

    public LayerProjection(float[][] weights, float[] bias, int layer) {
        this.weights = weights;
        this.bias = bias;
        this.layer = layer;
    }

    private static final Map<String, LayerProjection> BUNDLED = new ConcurrentHashMap<>();

    /** The bundled layer-7 map ({@value #RESOURCE}, {@code MEDIAMON_TOPICS=model-projected}). */
    public static LayerProjection bundled() {
        return bundled(RESOURCE);
    }

    /** A bundled map, read once per process on first use. */
    public static LayerProjection bundled(String resource) {
        return BUNDLED.computeIfAbsent(resource, name -> BundledResource.read(name, LayerProjection::read));
    }

    /** The encoder layer whose states it reads. */
    public int layer() {
        return layer;
    }

    public int inputWidth() {
        return weights.length;
    }

    /** The predicted last-layer embedding of a text whose middle-layer token mean is {@code mean}, unit length. */
    public float[] apply(float[] mean) {
        int out = bias.length;
        double[] y = new double[out];
        for (int j = 0; j < out; j++) {
            y[j] = bias[j];
        }
        for (int i = 0; i < mean.length; i++) {
            float x = mean[i];
            if (x == 0) {
                continue;
            }
            float[] row = weights[i];
            for (int j = 0; j < out; j++) {
                y[j] += x * row[j];
            }
        }
        double norm = 0;
        for (double v : y) {
            norm += v * v;
        }
        double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        float[] unit = new float[out];
        for (int j = 0; j < out; j++) {
            unit[j] = (float) (y[j] * inv);
        }
        return unit;
    }

    static LayerProjection read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a layer projection file");
        }
        int width = in.readInt();
        int out = in.readInt();
        int layer = in.readInt();
        if (width <= 0 || out <= 0 || (long) width * out > 10_000_000L) {
            throw new IOException("bad projection size " + width + " x " + out);
        }
        float[][] w = new float[width][out];
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < out; j++) {
                w[i][j] = in.readFloat();
            }
        }
        float[] b = new float[out];
        for (int j = 0; j < out; j++) {
            b[j] = in.readFloat();
        }
        return new LayerProjection(w, b, layer);
    }

    public void write(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(MAGIC);
        out.writeInt(weights.length);
        out.writeInt(bias.length);
        out.writeInt(layer);
        for (float[] row : weights) {
            for (float v : row) {
                out.writeFloat(v);
            }
        }
        for (float v : bias) {
            out.writeFloat(v);
        }
        out.flush();
    }
}
