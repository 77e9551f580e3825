package io.mediamon.ingest.page;

import java.util.Arrays;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Visits every element of a subtree, the root first, in document order, without visiting text nodes and without
 * recursion (pages nest deeply). The tree must not change during the walk.
 */
final class ElementWalk {
    private ElementWalk() {
    }

    static void forEach(Element root, Consumer<Element> visitor) {
        Element[] path = new Element[32];
        int[] next = new int[32];
        int depth = 0;
        path[0] = root;
        next[0] = 0;
        visitor.accept(root);
        while (depth >= 0) {
            Element parent = path[depth];
            int index = next[depth];
            if (index >= parent.childNodeSize()) {
                depth--;
                continue;
            }
            next[depth] = index + 1;
            Node child = parent.childNode(index);
            if (child instanceof Element element) {
                visitor.accept(element);
                if (element.childNodeSize() > 0) {
                    depth++;
                    if (depth == path.length) {
                        path = Arrays.copyOf(path, depth * 2);
                        next = Arrays.copyOf(next, depth * 2);
                    }
                    path[depth] = element;
                    next[depth] = 0;
                }
            }
        }
    }
}
