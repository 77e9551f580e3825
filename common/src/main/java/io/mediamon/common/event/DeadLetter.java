package io.mediamon.common.event;

import java.time.Instant;

/**
 * A record that could not be processed, with the reason. Nothing is dropped silently.
 *
 * @param payload the original bytes as UTF-8 text (possibly lossy), truncated to a bounded size
 */
public record DeadLetter(
        String service,
        String sourceTopic,
        int partition,
        long offset,
        String key,
        String reason,
        String error,
        String payload,
        Instant failedAt) {
}
