package io.mediamon.common.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts stream-thread replacements in a sliding window. Once more than {@code max} happened within the
 * window, the service is no longer healthy: a record (or a fault) keeps killing its threads, and an
 * orchestrator should restart it rather than watch it loop.
 */
public final class ThreadReplacements {
    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Deque<Long> times = new ArrayDeque<>();

    public ThreadReplacements(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    public synchronized void record() {
        times.addLast(clock.millis());
        prune();
    }

    /** Replacements within the window, now. */
    public synchronized int recent() {
        prune();
        return times.size();
    }

    public boolean exhausted() {
        return recent() > max;
    }

    public int max() {
        return max;
    }

    public Duration window() {
        return window;
    }

    private void prune() {
        long from = clock.millis() - window.toMillis();
        while (!times.isEmpty() && times.peekFirst() < from) {
            times.removeFirst();
        }
        while (times.size() > max + 1) {
            times.removeFirst();
        }
    }
}
