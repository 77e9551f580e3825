package io.mediamon.common.event;

import java.time.Instant;
import java.util.List;

/**
 * What a feed poller remembers about one feed, so that a restart neither refetches unchanged feeds nor
 * republishes items. Written only after Kafka has acknowledged the items it marks as seen.
 *
 * @param feedUrl      the feed's URL (also the record key)
 * @param etag         the last ETag the feed sent, may be null
 * @param lastModified the last Last-Modified the feed sent, may be null
 * @param seenItems    keys of the items already published or dead-lettered, newest last, bounded
 * @param lastSuccess  the last poll that answered 200 or 304, may be null
 * @param lastNewItem  when the last new item was seen, may be null
 * @param updatedAt    when this state was written
 */
public record FeedState(String feedUrl, String etag, String lastModified, List<String> seenItems,
                        Instant lastSuccess, Instant lastNewItem, Instant updatedAt) {
    public FeedState {
        seenItems = seenItems == null ? List.of() : List.copyOf(seenItems);
    }
}
