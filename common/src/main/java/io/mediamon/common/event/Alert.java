package io.mediamon.common.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An alert about a watched entity. Lifecycle updates (open, update, resolved) share {@code alertId}.
 *
 * @param type     spike, sentiment shift or drop (JSON {@code spike}, {@code sentiment_shift}, {@code drop})
 * @param status   open, update or resolved (JSON {@code open}, {@code update}, {@code resolved})
 * @param severity JSON {@code low}, {@code medium}, {@code high} or {@code critical}
 * @param count    unique stories in the current window
 * @param baseline expected count from the adaptive baseline
 * @param score    anomaly score in [0, 1]
 * @param reason   human-readable explanation of why it fired
 */
public record Alert(
        String alertId,
        AlertType type,
        AlertStatus status,
        AlertSeverity severity,
        String entityId,
        String entityName,
        Instant windowStart,
        Instant windowEnd,
        long count,
        double baseline,
        double score,
        String reason,
        List<AlertStory> topArticles,
        Map<String, Long> outlets,
        Map<String, Long> topics,
        SentimentMix sentimentMix,
        Instant openedAt,
        Instant updatedAt) {
}
