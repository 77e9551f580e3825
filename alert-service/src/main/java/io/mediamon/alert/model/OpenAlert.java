package io.mediamon.alert.model;

import io.mediamon.common.event.AlertSeverity;
import io.mediamon.common.event.AlertType;

/**
 * An alert that is open for an entity: what the next update or resolution must refer to.
 *
 * @param lastAnomalousMs event time at which the entity last looked anomalous; cooldown counts from here
 * @param lastEmittedMs   event time of the last event emitted for this alert (open or update)
 * @param emittedCount    the count the last emitted event reported
 */
public record OpenAlert(
        String alertId,
        AlertType type,
        long openedMs,
        long lastAnomalousMs,
        long lastEmittedMs,
        AlertSeverity severity,
        long peakCount,
        double peakScore,
        long emittedCount) {

    /** Still anomalous at {@code anomalousMs}; nothing emitted. */
    public OpenAlert stillAnomalous(long anomalousMs, long count, double score) {
        return new OpenAlert(alertId, type, openedMs, Math.max(lastAnomalousMs, anomalousMs), lastEmittedMs, severity,
                Math.max(peakCount, count), Math.max(peakScore, score), emittedCount);
    }

    /** An update was emitted at {@code emittedMs} reporting {@code count}. */
    public OpenAlert emitted(long emittedMs, AlertSeverity newSeverity, long count, double score) {
        return new OpenAlert(alertId, type, openedMs, Math.max(lastAnomalousMs, emittedMs), emittedMs, newSeverity,
                Math.max(peakCount, count), Math.max(peakScore, score), count);
    }
}
