package io.mediamon.ingest.page;

import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability4J's preprocessor, plus the step of Readability.js that its port lacks: elements a reader cannot
 * see (the {@code hidden} attribute, an inline {@code display:none} or {@code visibility:hidden}, or
 * {@code aria-hidden="true"} except on fallback images) are removed before scoring. The stock steps run in one
 * walk over the page, and it does not render each removed node's HTML for a debug line that is off.
 */
final class QuietPreprocessor extends Preprocessor {
    private static final Pattern INVISIBLE_STYLE = Pattern.compile(
            "(?:^|[;\\s])(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    QuietPreprocessor(RegExUtil regEx) {
        super(regEx);
    }

    /**
     * The stock steps in one walk instead of one per tag: scripts, styles, forms and comments go; a
     * {@code noscript} is unwrapped when it holds an image without a source (the stock test, which looks the
     * image up in the page by a selector, always finds the image itself otherwise); {@code font} becomes
     * {@code span}; hidden elements in the body go. Then the stock {@code <br><br>} to paragraph step, over the
     * line breaks the walk found instead of a selector query over the body.
     */
    @Override
    public void prepareDocument(Document document) {
        List<Element> unwrap = new ArrayList<>();
        List<Element> lineBreaks = new ArrayList<>();
        Element body = document.body();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                switch (element.normalName()) {
                    case "script", "style", "form" -> {
                        return FilterResult.REMOVE;
                    }
                    case "noscript" -> {
                        if (!hasImageWithoutSource(element)) {
                            return FilterResult.REMOVE;
                        }
                        unwrap.add(element);
                    }
                    case "font" -> element.tagName("span");
                    default -> {
                    }
                }
                if (body != null && element != body && isHidden(element) && element.closest("body") == body) {
                    return FilterResult.REMOVE;
                }
                if (element.normalName().equals("br")) {
                    lineBreaks.add(element);
                }
                return FilterResult.CONTINUE;
            }
        }, document);
        unwrap.forEach(Element::unwrap);
        if (body != null) {
            lineBreaks.removeIf(br -> br.closest("body") != body);
            replaceBrs(lineBreaks);
        }
    }

    /**
     * The stock {@code <br><br>} step over the line breaks the walk found (what {@code body.select("br")} lists
     * after it, in the same order): a chain of two or more breaks becomes one paragraph holding what follows it, up
     * to the next chain.
     */
    private void replaceBrs(List<Element> lineBreaks) {
        for (Element br : lineBreaks) {
            boolean replaced = false;
            Element next = nextElement(br.nextSibling(), getRegEx());
            while (next != null && next.nodeName().equals("br")) {
                replaced = true;
                Node sibling = next.nextSibling();
                if (next.parent() != null) {
                    next.remove();
                }
                next = nextElement(sibling, getRegEx());
            }
            if (!replaced) {
                continue;
            }
            Element paragraph = br.ownerDocument().createElement("p");
            br.replaceWith(paragraph);
            Node following = paragraph.nextSibling();
            while (following != null) {
                if (following.nodeName().equals("br")) {
                    Element nextElement = nextElement(following, getRegEx());
                    if (nextElement != null && nextElement.tagName().equals("br")) {
                        break;
                    }
                }
                Node sibling = following.nextSibling();
                paragraph.appendChild(following);
                following = sibling;
            }
        }
    }

    private static boolean hasImageWithoutSource(Element noscript) {
        for (Element image : noscript.getElementsByTag("img")) {
            if (image.attr("src").isBlank()) {
                return true;
            }
        }
        return false;
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
