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

    public LinearSoftmaxModel(Map<String, float[]> weights, float[] bias) {
        this.weights = Map.copyOf(weights);
        this.bias = bias.clone();
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
        return probabilities(fv, new float[fv.size()][]);
    }

    /**
     * Class probabilities; also fills {@code found[i]} with the weights of feature i (null if unknown) so callers can
     * explain the decision without a second lookup.
     */
    double[] probabilities(FeatureVector fv, float[][] found) {
        double[] z = {bias[0], bias[1], bias[2]};
        for (int i = 0; i < fv.size(); i++) {
            float[] w = weights.get(fv.name(i));
            found[i] = w;
            if (w != null) {
                float x = fv.value(i);
                z[0] += w[0] * x;
                z[1] += w[1] * x;
                z[2] += w[2] * x;
            }
        }
        return softmax(z);
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
