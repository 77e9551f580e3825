package io.mediamon.alert.delivery;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A per-target circuit breaker. After {@code threshold} failures in a row it opens: no attempt is made until
 * {@code openFor} has passed; then one probe is let through (half-open). A success closes it, a failed probe
 * opens it again.
 */
final class CircuitBreaker {
    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openNanos;
    private final LongSupplier nanoClock;
    private int failures;
    private long openedAt;
    private State state = State.CLOSED;

    CircuitBreaker(int threshold, Duration openFor, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.openNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    /** How long to wait before the next attempt may be made: zero when closed or ready for a probe. */
    synchronized Duration waitBeforeAttempt() {
        if (state != State.OPEN) {
            return Duration.ZERO;
        }
        long remaining = openedAt + openNanos - nanoClock.getAsLong();
        if (remaining <= 0) {
            state = State.HALF_OPEN;
            return Duration.ZERO;
        }
        return Duration.ofNanos(remaining);
    }

    synchronized void onSuccess() {
        failures = 0;
        state = State.CLOSED;
    }

    synchronized void onFailure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
        }
    }

    synchronized State state() {
        if (state == State.OPEN && nanoClock.getAsLong() - openedAt >= openNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }
}
