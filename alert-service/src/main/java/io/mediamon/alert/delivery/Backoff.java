package io.mediamon.alert.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the n-th retry waits a random time between half and all of
 * {@code min(max, first * 2^(n-1))}, so receivers that failed together are not hit again together.
 */
record Backoff(Duration first, Duration max) {
    Duration delay(int retry) {
        long firstNanos = Math.max(1, first.toNanos());
        long ceiling = max.toNanos();
        int shift = Math.min(Math.max(retry - 1, 0), 40);
        long full = firstNanos > (ceiling >> shift) ? ceiling : Math.min(ceiling, firstNanos << shift);
        long half = full / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(full - half + 1));
    }
}
