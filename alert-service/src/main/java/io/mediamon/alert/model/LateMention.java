package io.mediamon.alert.model;

import java.time.Instant;

/**
 * A mention that came after its window had closed (later than the grace period), kept so it is never lost
 * without a trace.
 *
 * @param arrivedAt the stream time when it came
 * @param lateByMs  how long after its window closed it came
 */
public record LateMention(String entityId, String articleId, String storyId, String outlet, Instant eventTime,
                          Instant arrivedAt, long lateByMs) {
}
