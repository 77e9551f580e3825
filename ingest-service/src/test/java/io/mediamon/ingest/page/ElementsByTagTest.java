package io.mediamon.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementsByTagTest {
    private static final String HTML = "<div id=root><p>a</p><div><p>b <a href=x>c</a></p><embed src=v>"
            + "<ul><li>d</li><li><img src=i><input></li></ul></div><p><iframe></iframe><object></object></p></div>";

    @Test
    void shouldListWhatGetElementsByTagListsUntilElementsAreRemoved() {
        Element root = Jsoup.parse(HTML).getElementById("root");
        ElementsByTag index = ElementsByTag.of(root);

        for (String tag : new String[] {"div", "p", "a", "li", "img", "span"}) {
            assertThat(index.under(tag)).as(tag).containsExactlyElementsOf(root.getElementsByTag(tag));
        }
        root.selectFirst("ul").remove();
        root.selectFirst("p").remove();

        assertThat(index.under("li")).isEmpty();
        assertThat(index.under("p")).containsExactlyElementsOf(root.getElementsByTag("p"));
        assertThat(index.under("div")).containsExactlyElementsOf(root.getElementsByTag("div"));
    }

    @Test
    void shouldWalkEveryElementInDocumentOrderRootFirst() {
        Element root = Jsoup.parse(HTML + "<div>" + "<span>".repeat(100) + "deep" + "</span>".repeat(100) + "</div>")
                .body();
        List<Element> walked = new ArrayList<>();

        ElementWalk.forEach(root, walked::add);

        assertThat(walked).containsExactlyElementsOf(root.getAllElements()).hasSize(root.getAllElements().size());
    }

    @Test
    void shouldCountDescendantsAsGetElementsByTagCountsThem() {
        Element root = Jsoup.parse(HTML).getElementById("root");

        DescendantCounts counts = DescendantCounts.of(root);

        assertThat(counts.paragraphs).isEqualTo(root.getElementsByTag("p").size()).isEqualTo(3);
        assertThat(counts.images).isEqualTo(1);
        assertThat(counts.listItems).isEqualTo(2);
        assertThat(counts.inputs).isEqualTo(1);
        assertThat(counts.objects).isEqualTo(1);
        assertThat(counts.iframes).isEqualTo(1);
        assertThat(counts.embeds).containsExactlyElementsOf(root.getElementsByTag("embed"));
        assertThat(counts.links).containsExactlyElementsOf(root.getElementsByTag("a"));
    }
}
