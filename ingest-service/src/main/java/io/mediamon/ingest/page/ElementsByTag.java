package io.mediamon.ingest.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The elements of a subtree by tag name, in document order and including the root, from one walk: what
 * {@code root.getElementsByTag(tag)} answers, for every tag at once. Valid while elements are only removed
 * (none added, moved or renamed): {@link #under} drops those no longer in the subtree.
 */
final class ElementsByTag {
    private final Element root;
    private final Map<String, List<Element>> byTag = new HashMap<>();

    private ElementsByTag(Element root) {
        this.root = root;
    }

    static ElementsByTag of(Element root) {
        ElementsByTag index = new ElementsByTag(root);
        index.add(root);
        return index;
    }

    private void add(Element root) {
        ElementWalk.forEach(root, element ->
                byTag.computeIfAbsent(element.normalName(), tag -> new ArrayList<>()).add(element));
    }

    Element root() {
        return root;
    }

    /** The elements with this (lower-case) tag still in the subtree, in document order. */
    List<Element> under(String tag) {
        List<Element> all = byTag.get(tag);
        if (all == null) {
            return List.of();
        }
        List<Element> present = new ArrayList<>(all.size());
        for (Element element : all) {
            if (isUnderRoot(element)) {
                present.add(element);
            }
        }
        return present;
    }

    private boolean isUnderRoot(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at == root) {
                return true;
            }
        }
        return false;
    }
}
