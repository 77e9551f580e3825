package io.mediamon.analysis.sentiment;

import io.mediamon.common.event.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multinomial logistic regression over named sparse features, three classes in {@link SentimentLabel} order.
 * Text format (UTF-8, tab separated, features sorted by name so equal weights give equal bytes):
 * <pre>
 * # comment lines
 * classes  negative  neutral  positive
 * @bias    b0  b1  b2
 * feature  w0  w1  w2
 * </pre>
 */
public final class LinearSoftmaxModel {

    public static final String HEADER = "# mediamon target-dependent sentiment model: multinomial logistic regression";
    private static final int K = 3;

    private final Map<String, float[]> weights;
    private final float[] bias;
    /** Open-addressing table from feature hash to row: keys, and K weights per row in one primitive array. */
    private final long[] keys;
    private final float[] rows;
    private final int mask;

    public LinearSoftmaxModel(Map<String, float[]> weights, float[] bias) {
        this.weights = Map.copyOf(weights);
        this.bias = bias.clone();
        int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.rows = new float[capacity * K];
        this.mask = capacity - 1;
        Map<Long, String> seen = new java.util.HashMap<>(weights.size() * 2);
        for (Map.Entry<String, float[]> e : this.weights.entrySet()) {
            long h = key(FeatureHash.of(e.getKey()));
            String clash = seen.putIfAbsent(h, e.getKey());
            if (clash != null) {
                throw new IllegalArgumentException("features '" + clash + "' and '" + e.getKey()
                        + "' share a hash; rename one");
            }
            int slot = (int) FeatureHash.spread(h) & mask;
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = h;
            System.arraycopy(e.getValue(), 0, rows, slot * K, K);
        }
    }

    /** 0 marks an empty slot, so a hash of 0 is stored as 1. */
    private static long key(long hash) {
        return hash == 0 ? 1 : hash;
    }

    /** The table row of a feature hash, or -1 when the model does not know the feature. */
    int row(long hash) {
        long h = key(hash);
        int slot = (int) FeatureHash.spread(h) & mask;
        while (true) {
            long k = keys[slot];
            if (k == h) {
                return slot;
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Weight of class {@code k} in table row {@code row}. */
    float weight(int row, int k) {
        return rows[row * K + k];
    }

    public int featureCount() {
        return weights.size();
    }

    /** Weights for a feature name, or null when the model does not know it. Do not modify the array. */
    public float[] weightsOf(String feature) {
        return weights.get(feature);
    }

    /** Class probabilities in {@link SentimentLabel} order. */
    public double[] probabilities(FeatureVector fv) {
        double[] p = new double[K];
        probabilities(fv, new int[fv.size()], p);
        return p;
    }

    /**
     * Class probabilities into {@code p}; also fills {@code found[i]} with the table row of feature i (-1 if
     * unknown) so callers can explain the decision without a second look-up. Allocates nothing.
     */
    void probabilities(FeatureVector fv, int[] found, double[] p) {
        double z0 = bias[0];
        double z1 = bias[1];
        double z2 = bias[2];
        for (int i = 0; i < fv.size(); i++) {
            int row = row(fv.hash(i));
            found[i] = row;
            if (row >= 0) {
                float x = fv.value(i);
                int base = row * K;
                z0 += rows[base] * x;
                z1 += rows[base + 1] * x;
                z2 += rows[base + 2] * x;
            }
        }
        p[0] = z0;
        p[1] = z1;
        p[2] = z2;
        softmaxInPlace(p);
    }

    private static void softmaxInPlace(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double sum = 0;
        for (int k = 0; k < K; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < K; k++) {
            z[k] /= sum;
        }
    }

    public static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double[] p = new double[K];
        double sum = 0;
        for (int k = 0; k < K; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < K; k++) {
            p[k] /= sum;
        }
        return p;
    }

    public void write(Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        out.write("classes\tnegative\tneutral\tpositive\n");
        writeRow(out, "@bias", bias);
        List<String> names = new ArrayList<>(weights.keySet());
        Collections.sort(names);
        for (String name : names) {
            writeRow(out, name, weights.get(name));
        }
    }

    private static void writeRow(Writer out, String name, float[] w) throws IOException {
        out.write(name);
        for (float x : w) {
            out.write('\t');
            out.write(format(x));
        }
        out.write('\n');
    }

    static String format(float x) {
        String s = String.format(Locale.ROOT, "%.4f", x);
        return s.equals("-0.0000") ? "0.0000" : s;
    }

    public static LinearSoftmaxModel read(BufferedReader in) throws IOException {
        Map<String, float[]> weights = new HashMap<>(1 << 16);
        float[] bias = new float[K];
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("classes\t")) {
                continue;
            }
            int t1 = line.indexOf('\t');
            int t2 = line.indexOf('\t', t1 + 1);
            int t3 = line.indexOf('\t', t2 + 1);
            if (t1 < 0 || t2 < 0 || t3 < 0) {
                throw new IOException("malformed model line: " + line);
            }
            float[] w = {
                Float.parseFloat(line.substring(t1 + 1, t2)),
                Float.parseFloat(line.substring(t2 + 1, t3)),
                Float.parseFloat(line.substring(t3 + 1))
            };
            String name = line.substring(0, t1);
            if (name.equals("@bias")) {
                System.arraycopy(w, 0, bias, 0, K);
            } else {
                weights.put(name, w);
            }
        }
        return new LinearSoftmaxModel(weights, bias);
    }
}
