package io.mediamon.ingest.model;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * An article as a client submits it. Only title and body are required; {@code text} and {@code content}
 * are accepted as names for the body, {@code source} and {@code site} for the outlet.
 *
 * @param publishedAt ISO-8601 instant or offset date-time, RFC 1123, or a plain date
 */
public record ArticleSubmission(
        String title,
        @JsonAlias({"text", "content"}) String body,
        @JsonAlias({"link", "canonicalUrl"}) String url,
        @JsonAlias({"source", "site", "publisher"}) String outlet,
        String author,
        String language,
        @JsonAlias({"published", "date", "pubDate"}) String publishedAt) {
}
