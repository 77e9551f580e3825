package io.mediamon.alert.coverage;

/** The Poisson lower tail: how likely so few stories are when {@code expected} were due. */
final class DropTail {
    private DropTail() {
    }

    /** P(X <= count) for X ~ Poisson(expected); 1 when count is at or above the expectation. */
    static double atMost(long count, double expected) {
        if (expected <= 0 || count >= expected) {
            return 1.0;
        }
        double term = Math.exp(-expected);
        double sum = term;
        for (long i = 1; i <= count; i++) {
            term *= expected / i;
            sum += term;
        }
        return Math.min(1.0, sum);
    }
}
