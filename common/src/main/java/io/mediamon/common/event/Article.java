package io.mediamon.common.event;

import java.time.Instant;
import java.util.List;

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
 * @param headlineOnly     the item had a title but little or no body: analyse title and description only
 * @param relayUrl         the aggregator link the item came through (news.google.com, ...), when not the publisher's
 * @param sourceCategories categories the feed or submission gave the item, as given
 * @param imageUrl         the item's main image ({@code media:content}, og:image), may be null
 * @param languageDetected true when {@code language} was detected by ingest rather than declared by the source
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
        String source,
        Boolean headlineOnly,
        String relayUrl,
        List<String> sourceCategories,
        String imageUrl,
        Boolean languageDetected) {

    /** Records written before these fields existed read as false / empty. */
    public Article {
        headlineOnly = Boolean.TRUE.equals(headlineOnly);
        languageDetected = Boolean.TRUE.equals(languageDetected);
        sourceCategories = sourceCategories == null ? List.of() : List.copyOf(sourceCategories);
    }

    /** An article with a body, as before headline-only items and relays existed. */
    public Article(String id, String url, String title, String body, String outlet, String author, String language,
                   Instant publishedAt, Instant ingestedAt, String source) {
        this(id, url, title, body, outlet, author, language, publishedAt, ingestedAt, source, false, null, List.of(),
                null, false);
    }

    /** Event time: publication time, falling back to ingest time. Future-dated skew is handled by the extractor. */
    public Instant eventTimeOrIngest() {
        return publishedAt != null ? publishedAt : ingestedAt;
    }
}
