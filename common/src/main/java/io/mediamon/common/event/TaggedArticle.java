package io.mediamon.common.event;

import java.time.Instant;
import java.util.List;

/**
 * The analysis of one article: its topics, the parties it mentions with the sentiment toward each, and flags.
 *
 * @param storyId     near-duplicate cluster id: syndicated copies and lightly edited republications share it
 * @param duplicate   true when an earlier article already started this story
 * @param fingerprint 64-bit SimHash of the cleaned text, as 16 hex digits
 * @param headline    the title to show: {@code title} unless that was site furniture (a navigation line), then
 *                    the article's own headline found in the text
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
        boolean duplicate,
        String fingerprint,
        List<TopicTag> topics,
        List<PartySentiment> parties,
        List<NewEntity> newEntities,
        ArticleFlags flags,
        TextStats stats,
        String headline) {

    /** The same article placed in a story. */
    public TaggedArticle inStory(String story, boolean isDuplicate) {
        return new TaggedArticle(id, url, title, outlet, publishedAt, ingestedAt, analyzedAt, story, isDuplicate,
                fingerprint, topics, parties, newEntities, flags, stats, headline);
    }

    /** The title to show people: the headline when analysis found one, else the title as received. */
    public String displayTitle() {
        return headline != null && !headline.isBlank() ? headline : title;
    }

    /** Event time: publication time, else ingest time. */
    public Instant eventTime() {
        return publishedAt != null ? publishedAt : ingestedAt;
    }
}
