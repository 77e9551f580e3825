package io.mediamon.common.event;

import java.time.Instant;

/**
 * An article as accepted by ingest-service and published to the raw articles topic.
 *
 * @param id          stable id: hash of the canonical URL, or of the content when there is no URL
 * @param url         canonical URL, may be null
 * @param title       headline
 * @param body        article text as received (may still hold boilerplate; analysis cleans it)
 * @param outlet      publishing outlet (host name or configured name), may be null
 * @param author      byline, may be null
 * @param language    ISO 639-1 code, may be null
 * @param publishedAt publication time as claimed by the source, may be null
 * @param ingestedAt  when ingest-service accepted it
 * @param source      how it arrived: http, ndjson, rss, file
 */
public record Article(
        String id,
        String url,
        String title,
        String body,
        String outlet,
        String author,
        String language,
        Instant publishedAt,
        Instant ingestedAt,
        String source) {

    /** Event time: publication time, falling back to ingest time. Future-dated skew is handled by the extractor. */
    public Instant eventTimeOrIngest() {
        return publishedAt != null ? publishedAt : ingestedAt;
    }
}
