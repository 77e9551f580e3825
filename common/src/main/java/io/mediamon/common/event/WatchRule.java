package io.mediamon.common.event;

/**
 * A watched entity on the compacted watchlist topic (a tombstone removes it).
 *
 * @param sensitivity multiplier on detector sensitivity: 1.0 is the default, higher fires more readily
 */
public record WatchRule(String entityId, String name, double sensitivity, boolean enabled) {
}
