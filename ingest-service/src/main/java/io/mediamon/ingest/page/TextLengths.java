package io.mediamon.ingest.page;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The length of every element's text and of the text of the links inside it, from one walk over a subtree
 * instead of one {@code text()} per element. White space collapses as in jsoup's text (runs to one space,
 * across elements too; zero-width spaces and soft hyphens dropped) and a block starts with a space; a length can
 * differ from {@code getInnerText(e).length()} by the space at each end. Valid until the tree changes.
 */
final class TextLengths {
    private final Map<Element, int[]> spans = new IdentityHashMap<>();

    private TextLengths() {
    }

    static TextLengths of(Element root) {
        TextLengths lengths = new TextLengths();
        NodeTraversor.traverse(lengths.new Walker(), root);
        return lengths;
    }

    /** Link text over all text, as Readability's link density; null when the element was not in the tree. */
    Double linkDensity(Element element) {
        int[] span = spans.get(element);
        if (span == null) {
            return null;
        }
        int text = span[1] - span[0];
        return text <= 0 ? 0.0 : (double) (span[3] - span[2]) / text;
    }

    private final class Walker implements NodeVisitor {
        private int position;
        private int linkPosition;
        private boolean lastWasSpace = true;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                for (int i = 0; i < whole.length(); i++) {
                    char c = whole.charAt(i);
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                        if (!lastWasSpace) {
                            position++;
                            lastWasSpace = true;
                        }
                    } else if (c != '\u200b' && c != '\u00ad') {
                        position++;
                        lastWasSpace = false;
                    }
                }
            } else if (node instanceof Element element) {
                if (!lastWasSpace && (element.isBlock() || element.normalName().equals("br"))) {
                    position++;
                    lastWasSpace = true;
                }
                spans.put(element, new int[] {position, 0, linkPosition, 0});
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                int[] span = spans.get(element);
                span[1] = position;
                if (element.normalName().equals("a")) {
                    linkPosition += span[1] - span[0];
                }
                span[3] = linkPosition;
            }
        }
    }
}
