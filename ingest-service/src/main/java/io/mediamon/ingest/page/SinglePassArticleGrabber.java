package io.mediamon.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kotlin.Pair;
import kotlin.jvm.functions.Function1;
import kotlin.text.Regex;
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
 * on text that has a run of white space. The clean-up of the chosen article ({@code prepArticle}) finds each tag's
 * elements in one index instead of one walk per tag, takes each conditionally cleaned element's text once instead
 * of three times and counts its paragraphs, images, lists, inputs, embeds and links in one walk instead of six,
 * and skips the removal of style attributes, which do not change the text. One instance per page: it keeps the
 * page's scores.
 */
final class SinglePassArticleGrabber extends ArticleGrabber {
    private static final Regex SHARE = new Regex("share");
    private final Supplier<Document> freshPage;
    private TextLengths lengths;
    private ElementsByTag articleTags;

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

    /**
     * The stock steps in the stock order, with the article's elements found through one index; removing elements
     * keeps the index valid, and nothing here adds, moves or renames one.
     */
    @Override
    protected void prepArticle(Element articleContent, ArticleGrabberOptions options, ArticleMetadata metadata) {
        cleanStyles(articleContent);
        markDataTables(articleContent);
        articleTags = ElementsByTag.of(articleContent);
        try {
            cleanConditionally(articleContent, "form", options);
            cleanConditionally(articleContent, "fieldset", options);
            clean(articleContent, "object");
            clean(articleContent, "embed");
            clean(articleContent, "footer");
            clean(articleContent, "link");
            for (Element child : articleContent.children()) {
                cleanMatchedNodes(child, SHARE);
            }
            removeTitleLikeHeading(articleContent, metadata.getTitle());
            clean(articleContent, "iframe");
            clean(articleContent, "input");
            clean(articleContent, "textarea");
            clean(articleContent, "select");
            clean(articleContent, "button");
            cleanHeaders(articleContent, options);
            cleanConditionally(articleContent, "table", options);
            cleanConditionally(articleContent, "ul", options);
            cleanConditionally(articleContent, "div", options);
            removeNodes(articleContent, "p", this::isEmptyParagraph);
            for (Element br : articleTags.under("br")) {
                Element next = nextElement(br.nextSibling(), getRegEx());
                if (next != null && next.tagName().equals("p")) {
                    br.remove();
                }
            }
        } finally {
            articleTags = null;
        }
    }

    /** The only {@code h2}, when it repeats the title: a page header, not a subheading. */
    private void removeTitleLikeHeading(Element articleContent, String title) {
        List<Element> headings = articleTags.under("h2");
        if (headings.size() != 1 || title == null || title.isEmpty()) {
            return;
        }
        String heading = headings.get(0).text();
        float lengthSimilarRate = (heading.length() - title.length()) / (float) title.length();
        if (Math.abs(lengthSimilarRate) < 0.5) {
            boolean titlesMatch = lengthSimilarRate > 0 ? heading.contains(title) : title.contains(heading);
            if (titlesMatch) {
                clean(articleContent, "h2");
            }
        }
    }

    private Boolean isEmptyParagraph(Element paragraph) {
        if (hasVisibleText(paragraph)) {
            return false;
        }
        DescendantCounts counts = DescendantCounts.of(paragraph);
        return counts.images + counts.embeds.size() + counts.objects + counts.iframes == 0;
    }

    /** Style and size attributes do not change the text, the only thing mediamon keeps of the article. */
    @Override
    protected void cleanStyles(Element e) {
        // nothing: the stock step removes presentational attributes for display
    }

    /** The stock removal, with the article's elements from the index: the same elements in the same order. */
    @Override
    protected void removeNodes(Element element, String tagName, Function1<? super Element, Boolean> filter) {
        if (articleTags == null || element != articleTags.root()) {
            super.removeNodes(element, tagName, filter);
            return;
        }
        List<Element> found = articleTags.under(tagName);
        for (int i = found.size() - 1; i >= 0; i--) {
            Element child = found.get(i);
            if (child.parentNode() != null && (filter == null || filter.invoke(child))) {
                child.remove();
            }
        }
    }

    /** The stock rules, each element's text taken once and its descendants counted in one walk. */
    @Override
    protected void cleanConditionally(Element e, String tag, ArticleGrabberOptions options) {
        if (!options.getCleanConditionally()) {
            return;
        }
        boolean isList = tag.equals("ul") || tag.equals("ol");
        removeNodes(e, tag, node -> isClutter(node, isList, options));
    }

    private boolean isClutter(Element node, boolean isList, ArticleGrabberOptions options) {
        if (hasAncestorTag(node, "table", -1, this::getReadabilityDataTable)) {
            return false;
        }
        int weight = getClassWeight(node, options);
        if (weight < 0) {
            return true;
        }
        String text = getInnerText(node, getRegEx(), true);
        if (count(text, ',') >= 10) {
            return false;
        }
        DescendantCounts counts = DescendantCounts.of(node);
        int p = counts.paragraphs;
        int img = counts.images;
        int li = counts.listItems - 100;
        int input = counts.inputs;
        int embedCount = 0;
        for (Element embed : counts.embeds) {
            if (!getRegEx().isVideo(embed.attr("src"))) {
                embedCount++;
            }
        }
        int contentLength = text.length();
        double linkDensity = 0.0;
        if (contentLength > 0) {
            int linkLength = 0;
            for (Element link : counts.links) {
                linkLength += getInnerText(link, getRegEx(), true).length();
            }
            linkDensity = linkLength / (double) contentLength;
        }
        return img > 1 && p / (float) img < 0.5 && !hasAncestorTag(node, "figure", 3, null)
                || !isList && li > p
                || input > Math.floor(p / 3.0)
                || !isList && contentLength < 25 && img == 0 && !hasAncestorTag(node, "figure", 3, null)
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5
                || embedCount == 1 && contentLength < 75 || embedCount > 1;
    }

    /** The stock walk for the "share" pattern, as a substring test of class and id. */
    @Override
    protected void cleanMatchedNodes(Element e, Regex regex) {
        if (!regex.getPattern().equals(SHARE.getPattern())) {
            super.cleanMatchedNodes(e, regex);
            return;
        }
        Element end = getNextNode(e, true);
        Element next = getNextNode(e, false);
        while (next != null && next != end) {
            if (next.className().contains("share") || next.id().contains("share")) {
                next = removeAndGetNext(next, "share");
            } else {
                next = getNextNode(next, false);
            }
        }
    }

    /** The stock depth-first step, without copying the list of children to see whether there is one. */
    @Override
    protected Element getNextNode(Element node, boolean ignoreSelfAndKids) {
        if (!ignoreSelfAndKids) {
            Element first = node.firstElementChild();
            if (first != null) {
                return first;
            }
        }
        Element sibling = node.nextElementSibling();
        if (sibling != null) {
            return sibling;
        }
        Element parent = node.parent();
        while (parent != null && parent.nextElementSibling() == null) {
            parent = parent.parent();
        }
        return parent == null ? null : parent.nextElementSibling();
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
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
