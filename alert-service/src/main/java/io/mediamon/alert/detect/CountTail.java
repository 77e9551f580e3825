package io.mediamon.alert.detect;

/**
 * Upper-tail probabilities for counts: Poisson when the data are Poisson, quasi-Poisson (counts and mean divided by
 * a dispersion factor) when they are over-dispersed. Everything is returned as a natural log so that tiny
 * probabilities do not underflow.
 */
public final class CountTail {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);

    private CountTail() {
    }

    /**
     * ln P(X >= observed) for X ~ Poisson(expected / dispersion) on the count scale divided by the dispersion
     * (continuous in {@code observed}). Returns 0 (p = 1) when {@code observed <= 0}.
     */
    public static double logUpperTail(double observed, double expected, double dispersion) {
        double phi = Math.max(1.0, dispersion);
        double a = observed / phi;
        double x = Math.max(expected, 1e-9) / phi;
        if (a <= 0) {
            return 0.0;
        }
        return logRegularizedLowerGamma(a, x);
    }

    /** ln of the regularised lower incomplete gamma P(a, x) = P(Poisson(x) >= a) for integer a. */
    public static double logRegularizedLowerGamma(double a, double x) {
        if (x <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double logPrefix = -x + a * Math.log(x) - logGamma(a);
        if (x < a + 1.0) {
            // Series: P = prefix * sum_{n>=0} x^n / (a (a+1) ... (a+n)). Accurate in the far upper tail of the count.
            double term = 1.0 / a;
            double sum = term;
            for (int n = 1; n < 10_000; n++) {
                term *= x / (a + n);
                sum += term;
                if (term < sum * 1e-15) {
                    break;
                }
            }
            return Math.log(sum) + logPrefix;
        }
        // Continued fraction for Q = 1 - P (modified Lentz), then P = 1 - Q.
        double tiny = 1e-300;
        double b = x + 1.0 - a;
        double c = 1.0 / tiny;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2.0;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < 1e-15) {
                break;
            }
        }
        double q = Math.exp(logPrefix) * h;
        return Math.log1p(-Math.min(q, 1.0 - 1e-16));
    }

    /** ln Gamma(z) for z > 0: shift up to z >= 10, then Stirling's series. */
    public static double logGamma(double z) {
        double shift = 0.0;
        while (z < 10.0) {
            shift -= Math.log(z);
            z += 1.0;
        }
        double inv = 1.0 / z;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
        return shift + (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series;
    }
}
