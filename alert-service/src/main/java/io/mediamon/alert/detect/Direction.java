package io.mediamon.alert.detect;

/** Which departures from the expectation the detector reports. */
public enum Direction {
    /** Rises only: coverage spikes (the default for watched entities). */
    UP,
    /** Drops only: coverage that dries up, a feed that goes quiet. */
    DOWN,
    /** Rises and drops. */
    BOTH;

    public boolean up() {
        return this != DOWN;
    }

    public boolean down() {
        return this != UP;
    }
}
