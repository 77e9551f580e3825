package io.mediamon.lab.topic;

/** Multi-output ridge regression by the normal equations and a Cholesky solve (the last feature, the bias, is not penalised). */
final class Ridge {
    private Ridge() {
    }

    /** Weights {@code (features) x (outputs)} fitted on the rows not {@code skip}ped. */
    static double[][] fit(double[][] x, double[][] y, boolean[] skip, double penalty) {
        int d = x[0].length;
        int k = y[0].length;
        double[][] a = new double[d][d];
        double[][] b = new double[d][k];
        for (int r = 0; r < x.length; r++) {
            if (skip[r]) {
                continue;
            }
            double[] xr = x[r];
            for (int i = 0; i < d; i++) {
                double xi = xr[i];
                if (xi == 0) {
                    continue;
                }
                double[] ai = a[i];
                for (int j = i; j < d; j++) {
                    ai[j] += xi * xr[j];
                }
                double[] bi = b[i];
                double[] yr = y[r];
                for (int j = 0; j < k; j++) {
                    bi[j] += xi * yr[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                a[i][j] = a[j][i];
            }
            if (i < d - 1) {
                a[i][i] += penalty;
            }
        }
        double[][] l = cholesky(a);
        double[][] w = new double[d][k];
        double[] z = new double[d];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < d; i++) {
                double s = b[i][c];
                for (int j = 0; j < i; j++) {
                    s -= l[i][j] * z[j];
                }
                z[i] = s / l[i][i];
            }
            for (int i = d - 1; i >= 0; i--) {
                double s = z[i];
                for (int j = i + 1; j < d; j++) {
                    s -= l[j][i] * w[j][c];
                }
                w[i][c] = s / l[i][i];
            }
        }
        return w;
    }

    static double[] predict(double[] x, double[][] w) {
        double[] out = new double[w[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += x[i] * w[i][j];
            }
        }
        return out;
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (s <= 0) {
                        throw new IllegalStateException("matrix not positive definite at " + i);
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }
}
