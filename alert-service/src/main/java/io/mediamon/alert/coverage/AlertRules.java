package io.mediamon.alert.coverage;

import io.mediamon.alert.config.AlertConfig;
import java.time.Duration;

/**
 * The alerting policy in force, taken from config: window width, lateness, cooldown, update rate,
 * early-firing threshold, the smallest count that can be a spike, sentiment-shift and drop thresholds, and how
 * long history is kept.
 */
public record AlertRules(
        Duration bucket,
        Duration grace,
        Duration cooldown,
        Duration updateInterval,
        double earlyFraction,
        int minCount,
        int minHistory,
        AlertConfig.SentimentThresholds sentiment,
        AlertConfig.DropThresholds drop,
        Duration historyRetention) {

    public static AlertRules from(AlertConfig config) {
        return new AlertRules(config.bucket(), config.grace(), config.cooldown(), config.updateInterval(),
                config.earlyFraction(), config.minCount(), config.minHistory(), config.sentiment(), config.drop(),
                config.historyRetention());
    }

    public long bucketMs() {
        return bucket.toMillis();
    }

    public long windowStart(long timeMs) {
        return Math.floorDiv(timeMs, bucketMs()) * bucketMs();
    }

    /** The oldest window still open at stream time {@code clockMs}: its end plus the grace period lies ahead. */
    public long firstOpenWindow(long clockMs) {
        return windowStart(clockMs - grace.toMillis() - bucketMs()) + bucketMs();
    }
}
