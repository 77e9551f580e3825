package io.mediamon.common.event;

import java.time.Instant;
import java.util.List;

/**
 * One party in one article, keyed by entity id on the mentions topic.
 *
 * @param duplicate  true when the article is a near-duplicate of a story already counted
 * @param title      the headline to show (the article's own headline when its given title was site furniture)
 * @param entityType country, government, organisation, company, person, ... (null from older producers)
 * @param foundBy    how analysis found the party, e.g. {@code gazetteer} (null from older producers)
 * @param evidence   the strongest evidence sentence behind the sentiment, or null
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
        List<String> topics,
        String entityType,
        String foundBy,
        Evidence evidence) {

    /** A mention without type, finder or evidence (as older producers wrote them). */
    public Mention(String entityId, String entityName, String articleId, String storyId, boolean duplicate,
                   String outlet, String title, Instant eventTime, Instant ingestedAt, Sentiment sentiment,
                   List<String> topics) {
        this(entityId, entityName, articleId, storyId, duplicate, outlet, title, eventTime, ingestedAt, sentiment,
                topics, null, null, null);
    }
}
