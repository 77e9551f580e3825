package io.mediamon.ingest.page;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What Readability's conditional cleaning counts under an element (the element included, as
 * {@code getElementsByTag} counts), from one walk instead of one per tag: paragraphs, images, list items, inputs,
 * objects and iframes, and the embeds and links themselves, which need a closer look.
 */
final class DescendantCounts {
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int objects;
    int iframes;
    final List<Element> embeds = new ArrayList<>(0);
    final List<Element> links = new ArrayList<>();

    private DescendantCounts() {
    }

    static DescendantCounts of(Element root) {
        DescendantCounts counts = new DescendantCounts();
        ElementWalk.forEach(root, element -> {
            switch (element.normalName()) {
                case "p" -> counts.paragraphs++;
                case "img" -> counts.images++;
                case "li" -> counts.listItems++;
                case "input" -> counts.inputs++;
                case "object" -> counts.objects++;
                case "iframe" -> counts.iframes++;
                case "embed" -> counts.embeds.add(element);
                case "a" -> counts.links.add(element);
                default -> {
                }
            }
        });
        return counts;
    }
}
