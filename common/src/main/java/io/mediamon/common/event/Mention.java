package io.mediamon.common.event;

import java.time.Instant;
import java.util.List;

/**
 * One party in one article, keyed by entity id on the mentions topic.
 *
 * @param duplicate true when the article is a near-duplicate of a story already counted
 */
public record Mention(
        String entityId,
        String entityName,
        String articleId,
        String storyId,
        boolean duplicate,
        String outlet,
        String title,
        Instant eventTime,
        Instant ingestedAt,
        Sentiment sentiment,
        List<String> topics) {
}
