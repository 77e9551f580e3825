package io.mediamon.alert.coverage;

import io.mediamon.alert.model.OpenAlert;
import io.mediamon.common.event.AlertSeverity;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertType;
import java.time.Duration;

/**
 * The open, update and resolved lifecycle that every alert type shares. An alert opens once; it is updated when it
 * escalates, or (after the update interval) when it keeps firing, by growth for counts that grow within a window;
 * and it resolves once it has been quiet for the cooldown. One anomaly gives one alert with a few updates.
 */
final class AlertLifecycle {
    private final AlertType type;
    private final long cooldownMs;
    private final long updateIntervalMs;
    private final boolean updateOnGrowthOnly;

    /**
     * @param updateOnGrowthOnly true for counts that are re-scored on every new story (spikes): updates then need
     *                           escalation or growth by half; false for judgements once per closed window
     */
    AlertLifecycle(AlertType type, Duration cooldown, Duration updateInterval, boolean updateOnGrowthOnly) {
        this.type = type;
        this.cooldownMs = cooldown.toMillis();
        this.updateIntervalMs = updateInterval.toMillis();
        this.updateOnGrowthOnly = updateOnGrowthOnly;
    }

    /** What one anomalous observation did: the alert as it now stands, and the status to emit (null: none). */
    record Step(OpenAlert alert, AlertStatus emit) {
    }

    AlertType type() {
        return type;
    }

    static String alertId(String entityId, AlertType type, long openedMs) {
        return entityId + ":" + type.wire() + ":" + openedMs;
    }

    /** The entity looks anomalous at {@code now}: open the alert, update it, or only refresh its cooldown. */
    Step anomalous(OpenAlert current, String entityId, AlertSeverity severity, long count, double score, long now) {
        if (current == null) {
            return new Step(new OpenAlert(alertId(entityId, type, now), type, now, now, now, severity, count, score,
                    count), AlertStatus.OPEN);
        }
        boolean escalated = severity.above(current.severity());
        boolean due = now - current.lastEmittedMs() >= updateIntervalMs;
        boolean grown = count >= Math.ceil(current.emittedCount() * 1.5);
        if (escalated || due && (grown || !updateOnGrowthOnly)) {
            AlertSeverity next = escalated ? severity : current.severity();
            return new Step(current.emitted(now, next, count, score), AlertStatus.UPDATE);
        }
        return new Step(current.stillAnomalous(now, count, score), null);
    }

    /** Whether an open alert has been quiet for the cooldown by the end of a closed window. */
    boolean resolves(OpenAlert current, long windowEndMs) {
        return current != null && windowEndMs - current.lastAnomalousMs() >= cooldownMs;
    }
}
