package io.mediamon.ingest.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * An article as a client submits it. A title or a body is required; {@code text} and {@code content}
 * are accepted as names for the body, {@code source} and {@code site} for the outlet. The body may be a whole
 * HTML page: ingest then extracts its main text and metadata.
 *
 * @param publishedAt      ISO-8601 instant or offset date-time, RFC 1123, or a plain date
 * @param relayUrl         the aggregator link the item came through, when it is not the publisher's
 * @param sourceCategories categories the source gave the item
 * @param imageUrl         the item's main image
 */
public record ArticleSubmission(
        String title,
        @JsonAlias({"text", "content", "articleBody"}) String body,
        @JsonAlias({"link", "canonicalUrl"}) String url,
        @JsonAlias({"source", "site", "publisher"}) String outlet,
        String author,
        @JsonAlias({"lang", "inLanguage"}) String language,
        @JsonAlias({"published", "date", "pubDate", "datePublished"}) String publishedAt,
        String relayUrl,
        @JsonAlias({"categories", "tags"}) List<String> sourceCategories,
        @JsonAlias({"image"}) String imageUrl) {

    /** A submission without relay, categories or image. */
    public ArticleSubmission(String title, String body, String url, String outlet, String author, String language,
                             String publishedAt) {
        this(title, body, url, outlet, author, language, publishedAt, null, null, null);
    }
}
