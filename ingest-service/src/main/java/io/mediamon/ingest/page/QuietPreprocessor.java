package io.mediamon.ingest.page;

import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability4J's preprocessor, plus the step of Readability.js that its port lacks: elements a reader cannot
 * see (the {@code hidden} attribute, an inline {@code display:none} or {@code visibility:hidden}, or
 * {@code aria-hidden="true"} except on fallback images) are removed before scoring. It does not render each
 * removed node's HTML for a debug line that is off.
 */
final class QuietPreprocessor extends Preprocessor {
    private static final Pattern INVISIBLE_STYLE = Pattern.compile(
            "(?:^|[;\\s])(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    QuietPreprocessor(RegExUtil regEx) {
        super(regEx);
    }

    @Override
    public void prepareDocument(Document document) {
        super.prepareDocument(document);
        Element body = document.body();
        if (body != null) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    return node != body && node instanceof Element element && isHidden(element)
                            ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
            }, body);
        }
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty() && INVISIBLE_STYLE.matcher(style).find()) {
            return true;
        }
        return element.attr("aria-hidden").equals("true") && !element.className().contains("fallback-image");
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {
        // nothing: the stock version serialises the node before it knows whether debug logging is on
    }
}
