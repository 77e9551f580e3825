package io.mediamon.alert.detect;

/** Log of the standard normal upper tail Q(z) = P(Z >= z), accurate far into the tail. */
public final class NormalTail {

    private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);

    private NormalTail() {
    }

    /** ln Q(z). */
    public static double logUpper(double z) {
        if (z < 0) {
            return Math.log1p(-Math.exp(logUpper(-z)));
        }
        if (z < 3.0) {
            return Math.log(0.5 * erfc(z / Math.sqrt(2.0)));
        }
        // Mills ratio as a continued fraction: Q(z) = phi(z) / (z + 1/(z + 2/(z + 3/(z + ...)))).
        double tail = z;
        for (int k = 40; k >= 1; k--) {
            tail = z + k / tail;
        }
        return -0.5 * z * z - LOG_SQRT_TWO_PI - Math.log(tail);
    }

    /** Complementary error function for x >= 0 (rational approximation, absolute error below 2e-7). */
    static double erfc(double x) {
        double t = 1.0 / (1.0 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return poly * Math.exp(-x * x);
    }
}
