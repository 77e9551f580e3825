package io.mediamon.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Splits an article body into blocks (paragraphs) of lines. HTML bodies go through jsoup, one block
 * per block-level element; plain text is split on blank lines, and light Markdown is unwrapped
 * ({@code # heading}, {@code *emphasis*}, {@code \$}).
 */
final class BodyBlocks {
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:p|div|br|span|a|article|section|h[1-6]|li|ul|ol|html|body|table|td|tr|em|strong|b|i|figure|figcaption)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_]{1,2}([^*_\\n]+?)[*_]{1,2}(?![\\w*])");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final String BLOCK_ELEMENTS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, dd, dt";
    private static final String DROPPED_ELEMENTS = "script, style, noscript, nav, footer, aside, form, iframe, header";

    /** The blocks of the body, and how many HTML chrome elements (nav, footer, ...) were removed. */
    record Split(List<List<String>> blocks, int droppedElements) {
    }

    private BodyBlocks() {
    }

    /**
     * Whether the body holds a tag of {@link #HTML_TAG}. A tag starts at a {@code <}, so the pattern is only tried
     * at those (most plain-text bodies have none), which finds what a scan of the whole body would.
     */
    static boolean looksLikeHtml(String body) {
        Matcher m = null;
        for (int at = body.indexOf('<'); at >= 0; at = body.indexOf('<', at + 1)) {
            m = m == null ? HTML_TAG.matcher(body) : m;
            if (m.region(at, body.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    static Split split(String body) {
        if (body == null || body.isBlank()) {
            return new Split(List.of(), 0);
        }
        return looksLikeHtml(body) ? fromHtml(body) : new Split(fromPlainText(body), 0);
    }

    private static Split fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        int dropped = doc.select(DROPPED_ELEMENTS).size();
        doc.select(DROPPED_ELEMENTS).remove();
        List<List<String>> blocks = new ArrayList<>();
        for (Element el : doc.body().select(BLOCK_ELEMENTS)) {
            if (!el.parents().is(BLOCK_ELEMENTS)) {
                addBlock(blocks, el.wholeText().isBlank() ? "" : el.text());
            }
        }
        if (blocks.isEmpty()) {
            doc.select("div").after("\n\n");
            return new Split(fromPlainText(doc.body().wholeText()), dropped);
        }
        return new Split(blocks, dropped);
    }

    private static List<List<String>> fromPlainText(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace("\\$", "$");
        List<List<String>> blocks = new ArrayList<>();
        for (String block : BLANK_LINE.split(normalised)) {
            addBlock(blocks, block);
        }
        return blocks;
    }

    private static void addBlock(List<List<String>> blocks, String block) {
        List<String> lines = new ArrayList<>();
        for (String raw : block.split("\n")) {
            String line = unwrapMarkdown(raw).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (!lines.isEmpty()) {
            blocks.add(lines);
        }
    }

    static String unwrapMarkdown(String line) {
        String out = line.stripLeading();
        if (out.startsWith("#")) {
            out = HEADING.matcher(out).replaceFirst("");
        }
        if (out.indexOf('*') >= 0 || out.indexOf('_') >= 0) {
            out = EMPHASIS.matcher(out).replaceAll("$1");
        }
        return out.replace('\u00a0', ' ');
    }
}
