package io.mediamon.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kotlin.Pair;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability4J's article grabber with its cost taken out, same scoring. The stock grabber serialises the whole
 * page before its first attempt so that it can restore it for a retry (most pages never retry), writes every
 * removed node's HTML to a debug log that is off, takes the full text of every {@code div} to see whether it is
 * empty, and runs a whitespace regex over every text it measures. This one takes a fresh, prepared copy of the
 * page only when an attempt found too little text, stops at the first visible character, and runs the regex only
 * on text that has a run of white space. One instance per page: it keeps the page's scores.
 */
final class SinglePassArticleGrabber extends ArticleGrabber {
    private final Supplier<Document> freshPage;
    private TextLengths lengths;

    /**
     * @param freshPage the same page parsed and prepared again, for a retry with looser rules
     */
    SinglePassArticleGrabber(ReadabilityOptions options, RegExUtil regEx, Supplier<Document> freshPage) {
        super(options, regEx);
        this.freshPage = freshPage;
    }

    @Override
    public Element grabArticle(Document doc, ArticleMetadata metadata, ArticleGrabberOptions options,
                               Element pageElement) {
        boolean isPaging = pageElement != null;
        Document document = doc;
        Element page = pageElement != null ? pageElement : doc.body();
        while (page != null) {
            List<Element> elementsToScore = prepareNodes(document, options);
            List<Element> candidates = scoreElements(elementsToScore, options);
            Pair<Element, Boolean> top = getTopCandidate(page, candidates, options);
            Element topCandidate = top.getFirst();
            Element articleContent = createArticleContent(document, topCandidate, isPaging);
            prepArticle(articleContent, options, metadata);
            if (top.getSecond()) {
                topCandidate.attr("id", "readability-page-1");
                topCandidate.addClass("page");
            } else {
                Element div = document.createElement("div");
                div.attr("id", "readability-page-1");
                div.addClass("page");
                for (Node child : new ArrayList<>(articleContent.childNodes())) {
                    child.remove();
                    div.appendChild(child);
                }
                articleContent.appendChild(div);
            }
            int textLength = getInnerText(articleContent, getRegEx(), true).length();
            boolean enough = textLength >= getWordThreshold();
            // the stock order of relaxing: keep unlikely candidates, then ignore class weights, then stop cleaning
            if (!enough && options.getStripUnlikelyCandidates()) {
                options.setStripUnlikelyCandidates(false);
            } else if (!enough && options.getWeightClasses()) {
                options.setWeightClasses(false);
            } else if (!enough && options.getCleanConditionally()) {
                options.setCleanConditionally(false);
            } else {
                if (textLength <= 0) {
                    return null;
                }
                getTextDirection(topCandidate, document);
                return articleContent;
            }
            document = freshPage.get();
            page = isPaging ? null : document.body();
        }
        return null;
    }

    /**
     * Scores every candidate against link density, as the stock grabber does, but reads the text lengths from one
     * walk over the page: the candidates nest, and the stock grabber takes the whole text of each of them.
     */
    @Override
    protected Pair<Element, Boolean> getTopCandidate(Element page, List<? extends Element> candidates,
                                                     ArticleGrabberOptions options) {
        lengths = TextLengths.of(page);
        try {
            return super.getTopCandidate(page, candidates, options);
        } finally {
            lengths = null; // the tree changes from here on
        }
    }

    @Override
    protected double getLinkDensity(Element element) {
        Double density = lengths == null ? null : lengths.linkDensity(element);
        return density != null ? density : super.getLinkDensity(element);
    }

    @Override
    protected boolean isElementWithoutContent(Element node) {
        return !hasVisibleText(node) && (node.childrenSize() == 0
                || node.childrenSize() == node.getElementsByTag("br").size() + node.getElementsByTag("hr").size());
    }

    @Override
    protected String getInnerText(Element e, RegExUtil regEx, boolean normalizeSpaces) {
        String text = Characters.stripBlank(e.text());
        if (normalizeSpaces && regEx != null && Characters.hasWhitespaceRun(text)) {
            return regEx.normalize(text);
        }
        return text;
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {
        // the stock grabber renders the node's HTML for a debug line even when debug logging is off
    }

    /** Whether {@code element.text()} would have a character that is not white space, without building it. */
    static boolean hasVisibleText(Element element) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text && Characters.hasVisible(text.getWholeText())) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return found[0];
    }
}
