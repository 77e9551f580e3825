package io.mediamon.ingest.page;

/**
 * The main content of an HTML page and what its metadata says about it. Every field but {@code text} may be null.
 *
 * @param text         the main text, one paragraph a block, separated by blank lines
 * @param headline     JSON-LD headline, og:title or the title Readability found
 * @param publishedAt  the publication time as the page writes it (ISO-8601 in practice)
 * @param author       the byline, several authors joined by ", "
 * @param canonicalUrl {@code <link rel=canonical>}, og:url or JSON-LD url
 * @param language     {@code <html lang>} or og:locale, as written
 * @param imageUrl     og:image or JSON-LD image
 * @param siteName     og:site_name, the outlet's own name for itself
 */
public record ExtractedPage(String text, String headline, String publishedAt, String author, String canonicalUrl,
                            String language, String imageUrl, String siteName) {
}
