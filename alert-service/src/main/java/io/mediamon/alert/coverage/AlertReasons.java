package io.mediamon.alert.coverage;

import java.time.Duration;
import java.util.Locale;

/** The human-readable reason each alert event carries. */
final class AlertReasons {
    private final String width;

    AlertReasons(Duration bucket) {
        long minutes = bucket.toMinutes();
        this.width = minutes >= 60 && minutes % 60 == 0 ? (minutes / 60) + "h" : Math.max(1, minutes) + "min";
    }

    String spike(long count, String entityName, double baseline, String detectorReason) {
        return String.format(Locale.ROOT, "%d unique stories about %s so far in this %s window vs %.1f expected in a "
                + "whole window; %s", count, entityName, width, baseline, detectorReason);
    }

    String spikeResolved(String detectorReason) {
        return "coverage back to normal: " + detectorReason;
    }

    String shift(String entityName, double mean, double usual, long stories, double deviations) {
        String direction = mean < usual ? "more negative" : "more positive";
        return String.format(Locale.ROOT,
                "sentiment toward %s turned %s: mean %.2f over %d stories vs usual %.2f (%.1f deviations)",
                entityName, direction, mean, stories, usual, deviations);
    }

    String shiftResolved() {
        return "sentiment back within its usual range";
    }

    String drop(String entityName, long count, double expected, double tail) {
        return String.format(Locale.ROOT, "coverage of %s vanished: %d unique stories in this %s window vs %.1f "
                + "expected (P(X <= %d) = %.2g): a feed outage, or a story that stopped", entityName, count, width,
                expected, count, tail);
    }

    String dropResolved(long count, double expected) {
        return String.format(Locale.ROOT, "coverage back: %d unique stories vs %.1f expected", count, expected);
    }
}
