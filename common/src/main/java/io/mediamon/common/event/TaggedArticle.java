package io.mediamon.common.event;

import java.time.Instant;
import java.util.List;

/**
 * The analysis of one article: its topics, the parties it mentions with the sentiment toward each, and flags.
 *
 * @param storyId near-duplicate cluster id: syndicated copies share it
 */
public record TaggedArticle(
        String id,
        String url,
        String title,
        String outlet,
        Instant publishedAt,
        Instant ingestedAt,
        Instant analyzedAt,
        String storyId,
        List<TopicTag> topics,
        List<PartySentiment> parties,
        List<NewEntity> newEntities,
        ArticleFlags flags,
        TextStats stats) {
}
