package io.mediamon.alert.detect;

/**
 * Result of scoring one observation.
 *
 * @param score     anomaly score in [0, 1], continuous, higher is more anomalous
 * @param anomalous whether the score crosses the alert threshold (after the sensitivity multiplier)
 * @param expected  the count the baseline expected for this interval
 * @param deviation standardised excess over the expectation, {@code (value - expected) / sqrt(dispersion * expected)}
 * @param reason    human-readable explanation
 */
public record Detection(double score, boolean anomalous, double expected, double deviation, String reason) {
}
