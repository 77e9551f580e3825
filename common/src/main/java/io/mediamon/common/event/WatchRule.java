package io.mediamon.common.event;

/**
 * A watched entity on the compacted watchlist topic (a tombstone removes it).
 *
 * @param sensitivity multiplier on detector sensitivity: 1.0 is the default, higher fires more readily
 * @param alertOnDrop also alert when the entity's coverage vanishes (null or false: off)
 */
public record WatchRule(String entityId, String name, double sensitivity, boolean enabled, Boolean alertOnDrop) {

    /** A rule without drop alerts. */
    public WatchRule(String entityId, String name, double sensitivity, boolean enabled) {
        this(entityId, name, sensitivity, enabled, null);
    }

    /** Whether drop alerts are on for this entity. */
    public boolean dropAlerts() {
        return Boolean.TRUE.equals(alertOnDrop);
    }
}
