package io.mediamon.lab.sentiment;

/**
 * Class-balanced multinomial logistic regression with an L2 penalty, fitted by full-batch Adam for a fixed number
 * of steps from zero. Deterministic: no randomness, and every sum runs in one fixed order on the calling thread.
 * Input rows must already be standardised.
 */
final class LogisticFit {

    static final int K = 3;
    static final int STEPS = 300;
    static final double RATE = 0.02;
    private static final double B1 = 0.9;
    private static final double B2 = 0.999;
    private static final double EPS = 1e-8;

    final float[][] w;
    final float[] b;

    private LogisticFit(float[][] w, float[] b) {
        this.w = w;
        this.b = b;
    }

    /** Fits on the rows {@code i} with {@code use[i]} (all when null). */
    static LogisticFit fit(float[] x, int dim, int[] y, boolean[] use, double lambda) {
        int n = y.length;
        double[] count = new double[K];
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (use == null || use[i]) {
                count[y[i]]++;
                used++;
            }
        }
        double[] cw = new double[K];
        for (int k = 0; k < K; k++) {
            cw[k] = count[k] == 0 ? 0 : used / (K * count[k]);
        }
        int p = K * (dim + 1);
        double[] theta = new double[p];
        double[] m = new double[p];
        double[] v = new double[p];
        double[] grad = new double[p];
        double[] z = new double[K];
        for (int step = 1; step <= STEPS; step++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                if (use != null && !use[i]) {
                    continue;
                }
                int base = i * dim;
                for (int k = 0; k < K; k++) {
                    int wo = k * (dim + 1);
                    double s = theta[wo + dim];
                    for (int j = 0; j < dim; j++) {
                        s += theta[wo + j] * x[base + j];
                    }
                    z[k] = s;
                }
                double max = Math.max(z[0], Math.max(z[1], z[2]));
                double sum = 0;
                for (int k = 0; k < K; k++) {
                    z[k] = Math.exp(z[k] - max);
                    sum += z[k];
                }
                double c = cw[y[i]] / used;
                for (int k = 0; k < K; k++) {
                    double g = c * (z[k] / sum - (y[i] == k ? 1 : 0));
                    int wo = k * (dim + 1);
                    for (int j = 0; j < dim; j++) {
                        grad[wo + j] += g * x[base + j];
                    }
                    grad[wo + dim] += g;
                }
            }
            double b1t = 1 - Math.pow(B1, step);
            double b2t = 1 - Math.pow(B2, step);
            for (int q = 0; q < p; q++) {
                boolean isBias = q % (dim + 1) == dim;
                double g = grad[q] + (isBias ? 0 : lambda * theta[q]);
                m[q] = B1 * m[q] + (1 - B1) * g;
                v[q] = B2 * v[q] + (1 - B2) * g * g;
                theta[q] -= RATE * (m[q] / b1t) / (Math.sqrt(v[q] / b2t) + EPS);
            }
        }
        float[][] w = new float[K][dim];
        float[] b = new float[K];
        for (int k = 0; k < K; k++) {
            int wo = k * (dim + 1);
            for (int j = 0; j < dim; j++) {
                w[k][j] = (float) theta[wo + j];
            }
            b[k] = (float) theta[wo + dim];
        }
        return new LogisticFit(w, b);
    }

    int predict(float[] x, int base, int dim) {
        int best = 0;
        double bestZ = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < K; k++) {
            double s = b[k];
            for (int j = 0; j < dim; j++) {
                s += w[k][j] * x[base + j];
            }
            if (s > bestZ) {
                bestZ = s;
                best = k;
            }
        }
        return best;
    }
}
