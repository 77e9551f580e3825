package io.mediamon.ingest.page;

import java.util.Locale;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main content of a whole HTML page with Readability4J (a port of Firefox's reader view) and
 * reads the page's metadata before Readability rewrites the document. Thread-safe: no shared state.
 */
public final class PageExtractor {
    private static final Pattern DOCUMENT_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>]|<head[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** True when the text is a whole HTML document, not a fragment or plain text. */
    public static boolean isHtmlDocument(String text) {
        if (text == null) {
            return false;
        }
        String start = text.length() > 4096 ? text.substring(0, 4096) : text;
        return DOCUMENT_START.matcher(start).find()
                || start.toLowerCase(Locale.ROOT).contains("<body") && text.toLowerCase(Locale.ROOT).contains("</p>");
    }

    /**
     * @param html    the page
     * @param baseUri the page's address, to resolve relative links; may be null
     */
    public ExtractedPage extract(String html, String baseUri) {
        String base = baseUri == null || !baseUri.startsWith("http") ? "https://localhost/" : baseUri;
        Document document = Jsoup.parse(html, base);
        document.outputSettings().prettyPrint(false); // Readability serialises the page to retry; keep that cheap
        PageMetadata metadata = PageMetadata.read(document);
        String fallbackTitle = document.title();
        Article article = new Readability4J(base, document).parse();
        Element content = article.getArticleContent();
        String text = content == null ? "" : BlockText.of(content);
        if (text.isBlank()) {
            text = document.body() == null ? "" : BlockText.of(document.body());
        }
        String headline = firstNonBlank(metadata.headline(), article.getTitle(), fallbackTitle);
        String author = firstNonBlank(metadata.author(), article.getByline());
        return new ExtractedPage(text, headline, metadata.publishedAt(), author, metadata.canonicalUrl(),
                metadata.language(), metadata.imageUrl(), metadata.siteName());
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
