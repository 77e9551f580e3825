package io.mediamon.analysis.topic;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Embeddings of ordinary news that set the threshold of a topic defined by a sentence, with no labels: the topic
 * holds for a document that scores higher against it than all but the top {@code 1 - quantile} of this background.
 * The bundled file ({@value #RESOURCE}) is written by the lab's {@code AboutCalibration} from the 578 PerSenT dev
 * articles (CC BY 4.0), each twice, as the tagger reads it (headline and lead) and as a headline-only item, each
 * vector stored as int8 with its own scale, together with the quantile that calibration chose on the hand-written
 * example headlines.
 */
public final class AboutBackground {
    public static final String RESOURCE = "/topic/about-background.bin";
    private static final int MAGIC = 0x4d4d4247; // "MMBG"

    private final float[][] vectors;
    private final double quantile;

    public AboutBackground(float[][] vectors, double quantile) {
        if (vectors.length == 0 || quantile <= 0 || quantile >= 1) {
            throw new IllegalArgumentException("a background needs vectors and a quantile in (0, 1)");
        }
        this.vectors = vectors.clone();
        this.quantile = quantile;
    }

    private static final Map<String, AboutBackground> BUNDLED = new ConcurrentHashMap<>();

    /** The bundled background of the full model ({@value #RESOURCE}), read once per process on first use. */
    public static AboutBackground bundled() {
        return bundled(RESOURCE);
    }

    /** A bundled background (each {@link TopicMode} names its own), read once per process on first use. */
    public static AboutBackground bundled(String resource) {
        return BUNDLED.computeIfAbsent(resource, name -> BundledResource.read(name, AboutBackground::read));
    }

    public double quantile() {
        return quantile;
    }

    public int size() {
        return vectors.length;
    }

    public AboutBackground withQuantile(double q) {
        return new AboutBackground(vectors, q);
    }

    /** The threshold of a description embedded as {@code description}: the quantile of its background cosines. */
    public double threshold(float[] description) {
        return threshold(v -> TopicEmbedder.dot(description, v));
    }

    /** The quantile of {@code score} over the background (a described topic's own score function). */
    public double threshold(ToDoubleFunction<float[]> score) {
        double[] s = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            s[i] = score.applyAsDouble(vectors[i]);
        }
        return quantileOf(s, quantile);
    }

    /** The {@code q} quantile of {@code values} (linear between order statistics). */
    public static double quantileOf(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }

    static AboutBackground read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a background file");
        }
        double q = in.readDouble();
        int n = in.readInt();
        int dim = in.readInt();
        if (n <= 0 || dim <= 0 || (long) n * dim > 50_000_000L) {
            throw new IOException("bad background size " + n + " x " + dim);
        }
        float[][] vectors = new float[n][dim];
        byte[] row = new byte[dim];
        for (int i = 0; i < n; i++) {
            float scale = in.readFloat();
            in.readFully(row);
            double norm = 0;
            for (int j = 0; j < dim; j++) {
                vectors[i][j] = row[j] * scale;
                norm += vectors[i][j] * vectors[i][j];
            }
            float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
            for (int j = 0; j < dim; j++) {
                vectors[i][j] *= inv;
            }
        }
        return new AboutBackground(vectors, q);
    }

    /** Writes {@code vectors} (unit length) in the form {@link #read} reads, int8 with a scale per vector. */
    public static void write(List<float[]> vectors, double quantile, OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(MAGIC);
        out.writeDouble(quantile);
        out.writeInt(vectors.size());
        out.writeInt(vectors.get(0).length);
        for (float[] v : vectors) {
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            float scale = max == 0 ? 1 : max / 127f;
            out.writeFloat(scale);
            for (float x : v) {
                out.writeByte(Math.round(x / scale));
            }
        }
        out.flush();
    }
}
