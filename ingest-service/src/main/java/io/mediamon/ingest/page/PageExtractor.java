package io.mediamon.ingest.page;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main content of a whole HTML page with Readability4J (a port of Firefox's reader view) and
 * reads the page's metadata before Readability rewrites the document. The page is parsed once; Readability4J
 * runs with {@link SinglePassArticleGrabber} and quiet processors, which score as the stock ones do without
 * their wasted work. Thread-safe: the shared parts hold no state, the grabber is made per page.
 */
public final class PageExtractor {
    private static final ReadabilityOptions OPTIONS = new ReadabilityOptions();
    private static final RegExUtil REGEX = new ReadabilityPatterns();
    private static final Preprocessor PREPROCESSOR = new QuietPreprocessor(REGEX);
    private static final MetadataParser METADATA = new MetadataParser(REGEX);
    private static final Postprocessor POSTPROCESSOR = new TextOnlyPostprocessor();

    private static final Pattern DOCUMENT_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>]|<head[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final boolean stock;

    /** The extractor the pipeline uses. */
    public PageExtractor() {
        this(false);
    }

    private PageExtractor(boolean stock) {
        this.stock = stock;
    }

    /** Readability4J as it ships (its own grabber and processors), for comparison in {@code ./mediamon extract}. */
    public static PageExtractor stockReadability() {
        return new PageExtractor(true);
    }

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
        document.outputSettings().prettyPrint(false); // stock Readability4J serialises the page; keep that cheap
        PageMetadata metadata = PageMetadata.read(document);
        String fallbackTitle = document.title();
        Article article = readability(html, base, document).parse();
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

    private Readability4J readability(String html, String base, Document document) {
        if (stock) {
            return new Readability4J(base, document);
        }
        Supplier<Document> again = () -> {
            Document fresh = Jsoup.parse(html, base);
            PREPROCESSOR.prepareDocument(fresh);
            return fresh;
        };
        return new Readability4J(base, document, OPTIONS, REGEX, PREPROCESSOR, METADATA,
                new SinglePassArticleGrabber(OPTIONS, REGEX, again), POSTPROCESSOR);
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
