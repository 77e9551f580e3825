package io.mediamon.alert.coverage;

import io.mediamon.common.event.AlertSeverity;

/** Grades how severe each kind of anomaly is. */
final class SeverityScale {
    private SeverityScale() {
    }

    /** A spike, from how far above expectation it is. */
    static AlertSeverity spike(long count, double expected) {
        double ratio = count / Math.max(expected, 0.5);
        if (ratio >= 8) {
            return AlertSeverity.CRITICAL;
        }
        if (ratio >= 4) {
            return AlertSeverity.HIGH;
        }
        if (ratio >= 2) {
            return AlertSeverity.MEDIUM;
        }
        return AlertSeverity.LOW;
    }

    /** A sentiment turn, from how many baseline deviations it is. */
    static AlertSeverity shift(double deviations) {
        double size = Math.abs(deviations);
        if (size >= 8) {
            return AlertSeverity.HIGH;
        }
        if (size >= 5) {
            return AlertSeverity.MEDIUM;
        }
        return AlertSeverity.LOW;
    }

    /** A drop, from how many times fewer stories came than expected. */
    static AlertSeverity drop(long count, double expected) {
        double ratio = expected / (count + 1.0);
        if (count == 0 && expected >= 10) {
            return AlertSeverity.CRITICAL;
        }
        if (ratio >= 8) {
            return AlertSeverity.HIGH;
        }
        if (ratio >= 4) {
            return AlertSeverity.MEDIUM;
        }
        return AlertSeverity.LOW;
    }
}
