package io.mediamon.alert.topology;

import io.mediamon.alert.config.AlertConfig;
import java.time.Duration;

/**
 * The alerting policy in force, taken from config: window width, lateness, cooldown, update rate,
 * early-firing threshold and the smallest count that can be a spike.
 */
public record AlertRules(
        Duration bucket,
        Duration grace,
        Duration cooldown,
        Duration updateInterval,
        double earlyFraction,
        int minCount,
        int minHistory,
        int sentimentMinStories,
        int sentimentWarmupWindows,
        double sentimentDeviations,
        double sentimentMinDelta) {

    public static AlertRules from(AlertConfig config) {
        return new AlertRules(config.bucket(), config.grace(), config.cooldown(), config.updateInterval(),
                config.earlyFraction(), config.minCount(), config.minHistory(), 3, 6, 3.0, 0.3);
    }

    long bucketMs() {
        return bucket.toMillis();
    }

    long windowStart(long timeMs) {
        return Math.floorDiv(timeMs, bucketMs()) * bucketMs();
    }
}
