package io.mediamon.analysis.sentiment.contextual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Multinomial logistic regression over standardised {@link ContextualFeatures}: {@code z_k = b_k + sum_i w_ki
 * (x_i - mean_i) / scale_i}. Classes in {@link io.mediamon.common.event.SentimentLabel} order. Immutable.
 */
public final class ContextualHead {

    public static final String DEFAULT_RESOURCE = "/sentiment/contextual-head.tsv";
    public static final int K = 3;
    private static final String MAGIC = "mediamon-contextual-head";

    private final int layer;
    private final double lambda;
    private final float[] mean;
    private final float[] scale;
    private final float[][] weights;
    private final float[] bias;

    public ContextualHead(int layer, double lambda, float[] mean, float[] scale, float[][] weights, float[] bias) {
        if (scale.length != mean.length || weights.length != K || bias.length != K) {
            throw new IllegalArgumentException("inconsistent head dimensions");
        }
        for (float[] w : weights) {
            if (w.length != mean.length) {
                throw new IllegalArgumentException("inconsistent head dimensions");
            }
        }
        this.layer = layer;
        this.lambda = lambda;
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    public int layer() {
        return layer;
    }

    public double lambda() {
        return lambda;
    }

    public int dimension() {
        return mean.length;
    }

    /** Standardised copy of raw features. */
    public float[] standardise(float[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (x[i] - mean[i]) / scale[i];
        }
        return out;
    }

    /** Class probabilities for raw features. */
    public double[] probabilities(float[] x) {
        double[] z = new double[K];
        for (int k = 0; k < K; k++) {
            double s = bias[k];
            float[] w = weights[k];
            for (int i = 0; i < x.length; i++) {
                s += w[i] * ((x[i] - mean[i]) / scale[i]);
            }
            z[k] = s;
        }
        return softmax(z);
    }

    /** Weight of class k on feature i divided by its scale: the slope on the raw feature. */
    public double rawSlope(int k, int i) {
        return weights[k][i] / scale[i];
    }

    public float mean(int i) {
        return mean[i];
    }

    public static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** Writes the head as text; the same head always gives the same bytes. */
    public void write(Writer out) throws IOException {
        out.write(MAGIC + "\tv1\n");
        out.write(String.format(Locale.ROOT, "encoder\te5-small-v2-q\tlayer\t%d\twindow\t%d%n", layer,
                ContextualFeatures.WINDOW));
        out.write(String.format(Locale.ROOT, "lambda\t%s%n", Double.toString(lambda)));
        out.write("dim\t" + mean.length + "\n");
        out.write("bias\t" + num(bias[0]) + "\t" + num(bias[1]) + "\t" + num(bias[2]) + "\n");
        out.write("#\tmean\tscale\tw_negative\tw_neutral\tw_positive\n");
        for (int i = 0; i < mean.length; i++) {
            out.write(num(mean[i]) + "\t" + num(scale[i]) + "\t" + num(weights[0][i]) + "\t" + num(weights[1][i])
                    + "\t" + num(weights[2][i]) + "\n");
        }
    }

    private static String num(float v) {
        return String.format(Locale.ROOT, "%.6e", v);
    }

    public static ContextualHead read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String[] magic = r.readLine().split("\t");
        if (!MAGIC.equals(magic[0])) {
            throw new IOException("not a contextual sentiment head");
        }
        String[] enc = r.readLine().split("\t");
        int layer = Integer.parseInt(enc[3]);
        if (Integer.parseInt(enc[5]) != ContextualFeatures.WINDOW) {
            throw new IOException("head was trained with window " + enc[5] + ", code uses " + ContextualFeatures.WINDOW);
        }
        double lambda = Double.parseDouble(r.readLine().split("\t")[1]);
        int dim = Integer.parseInt(r.readLine().split("\t")[1]);
        String[] b = r.readLine().split("\t");
        float[] bias = {Float.parseFloat(b[1]), Float.parseFloat(b[2]), Float.parseFloat(b[3])};
        r.readLine();
        float[] mean = new float[dim];
        float[] scale = new float[dim];
        float[][] w = new float[K][dim];
        for (int i = 0; i < dim; i++) {
            String line = r.readLine();
            if (line == null) {
                throw new IOException("head file ends after " + i + " of " + dim + " rows");
            }
            String[] f = line.split("\t");
            mean[i] = Float.parseFloat(f[0]);
            scale[i] = Float.parseFloat(f[1]);
            for (int k = 0; k < K; k++) {
                w[k][i] = Float.parseFloat(f[2 + k]);
            }
        }
        return new ContextualHead(layer, lambda, mean, scale, w, bias);
    }

    /** The head bundled in the jar. */
    public static ContextualHead loadDefault() {
        try (InputStream in = ContextualHead.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IOException("missing " + DEFAULT_RESOURCE + "; run ./mediamon train newsmtsc --sentiment"
                        + " contextual");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
