package io.mediamon.lab.topic;

import java.util.Random;

/**
 * A one-hidden-layer tanh network fitted by mini-batch Adam on the squared error to residual targets (what a ridge map
 * leaves): a non-linear student to set beside the linear ones in {@link TopicStudentCheck}. Lab only.
 */
final class ResidualMlp {
    private final int in;
    private final int hidden;
    private final int out;
    final double[][] u;
    final double[] b;
    final double[][] v;
    final double[] c;

    ResidualMlp(int in, int hidden, int out, long seed) {
        this.in = in;
        this.hidden = hidden;
        this.out = out;
        Random r = new Random(seed);
        u = new double[hidden][in];
        b = new double[hidden];
        v = new double[out][hidden];
        c = new double[out];
        double su = 1 / Math.sqrt(in);
        for (double[] row : u) {
            for (int i = 0; i < in; i++) {
                row[i] = r.nextGaussian() * su;
            }
        }
    }

    double[] hiddenOf(double[] x) {
        double[] h = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            double s = b[j];
            double[] row = u[j];
            for (int i = 0; i < in; i++) {
                s += row[i] * x[i];
            }
            h[j] = Math.tanh(s);
        }
        return h;
    }

    double[] predict(double[] x) {
        double[] h = hiddenOf(x);
        double[] y = c.clone();
        for (int k = 0; k < out; k++) {
            double[] row = v[k];
            double s = 0;
            for (int j = 0; j < hidden; j++) {
                s += row[j] * h[j];
            }
            y[k] += s;
        }
        return y;
    }

    /** One epoch over the rows not skipped, in a shuffled order. */
    void epoch(double[][] x, double[][] target, boolean[] skip, int batch, double rate, Random random, Adam adam) {
        int[] order = java.util.stream.IntStream.range(0, x.length).filter(i -> !skip[i]).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int start = 0; start < order.length; start += batch) {
            int end = Math.min(order.length, start + batch);
            double[][] gu = new double[hidden][in];
            double[] gb = new double[hidden];
            double[][] gv = new double[out][hidden];
            double[] gc = new double[out];
            for (int n = start; n < end; n++) {
                double[] xi = x[order[n]];
                double[] h = hiddenOf(xi);
                double[] dh = new double[hidden];
                for (int k = 0; k < out; k++) {
                    double[] row = v[k];
                    double s = c[k];
                    for (int j = 0; j < hidden; j++) {
                        s += row[j] * h[j];
                    }
                    double e = s - target[order[n]][k];
                    gc[k] += e;
                    double[] g = gv[k];
                    for (int j = 0; j < hidden; j++) {
                        g[j] += e * h[j];
                        dh[j] += e * row[j];
                    }
                }
                for (int j = 0; j < hidden; j++) {
                    double d = dh[j] * (1 - h[j] * h[j]);
                    gb[j] += d;
                    double[] g = gu[j];
                    for (int i = 0; i < in; i++) {
                        g[i] += d * xi[i];
                    }
                }
            }
            double scale = 1.0 / (end - start);
            adam.step(new double[][][] {u, v}, new double[][] {b, c}, new double[][][] {gu, gv},
                    new double[][] {gb, gc}, scale, rate);
        }
    }

    /** Adam state for the four parameter blocks. */
    static final class Adam {
        private final double[][][] m2;
        private final double[][][] s2;
        private final double[][] m1;
        private final double[][] s1;
        private int t;

        Adam(ResidualMlp net) {
            m2 = new double[][][] {new double[net.hidden][net.in], new double[net.out][net.hidden]};
            s2 = new double[][][] {new double[net.hidden][net.in], new double[net.out][net.hidden]};
            m1 = new double[][] {new double[net.hidden], new double[net.out]};
            s1 = new double[][] {new double[net.hidden], new double[net.out]};
        }

        void step(double[][][] w2, double[][] w1, double[][][] g2, double[][] g1, double scale, double rate) {
            t++;
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int p = 0; p < w2.length; p++) {
                for (int i = 0; i < w2[p].length; i++) {
                    update(w2[p][i], g2[p][i], m2[p][i], s2[p][i], scale, rate, c1, c2);
                }
            }
            for (int p = 0; p < w1.length; p++) {
                update(w1[p], g1[p], m1[p], s1[p], scale, rate, c1, c2);
            }
        }

        private static void update(double[] w, double[] g, double[] m, double[] s, double scale, double rate,
                                   double c1, double c2) {
            for (int i = 0; i < w.length; i++) {
                double gi = g[i] * scale;
                m[i] = 0.9 * m[i] + 0.1 * gi;
                s[i] = 0.999 * s[i] + 0.001 * gi * gi;
                w[i] -= rate * (m[i] / c1) / (Math.sqrt(s[i] / c2) + 1e-8);
            }
        }
    }
}
