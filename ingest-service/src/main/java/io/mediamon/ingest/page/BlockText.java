package io.mediamon.ingest.page;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as plain text that keeps its block structure: each paragraph, heading, list item or table row
 * becomes its own paragraph (blank line between), {@code <br>} a line break, and runs of white space one space.
 */
public final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tr", "figure", "figcaption", "form", "hr", "address", "details", "summary", "center");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "select", "textarea", "head");

    private BlockText() {
    }

    public static String of(Element root) {
        Renderer renderer = new Renderer();
        NodeTraversor.traverse(renderer, root);
        return renderer.finish();
    }

    private static final class Renderer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int skipDepth;
        private boolean pendingSpace;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (skipDepth > 0 || SKIPPED.contains(tag)) {
                    skipDepth++;
                    return;
                }
                if (BLOCKS.contains(tag)) {
                    paragraphBreak();
                } else if (tag.equals("br")) {
                    lineBreak();
                } else if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = true;
                }
            } else if (node instanceof TextNode text && skipDepth == 0) {
                append(text.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (skipDepth > 0) {
                    skipDepth--;
                    return;
                }
                if (BLOCKS.contains(element.normalName())) {
                    paragraphBreak();
                }
            }
        }

        private void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    pendingSpace = true;
                } else {
                    if (pendingSpace && out.length() > 0 && !endsWithBreak()) {
                        out.append(' ');
                    }
                    pendingSpace = false;
                    out.append(c);
                }
            }
        }

        private boolean endsWithBreak() {
            return out.charAt(out.length() - 1) == '\n';
        }

        private void lineBreak() {
            if (out.length() > 0 && !endsWithBreak()) {
                out.append('\n');
            }
            pendingSpace = false;
        }

        private void paragraphBreak() {
            if (out.length() == 0) {
                return;
            }
            if (!endsWithBreak()) {
                out.append('\n');
            }
            if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
                out.append('\n');
            }
            pendingSpace = false;
        }

        String finish() {
            return out.toString().strip();
        }
    }
}
