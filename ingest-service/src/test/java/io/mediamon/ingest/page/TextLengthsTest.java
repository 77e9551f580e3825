package io.mediamon.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextLengthsTest {
    @Test
    void shouldGiveTheLinkDensityThatTheTextOfEachElementGives() {
        Document document = Jsoup.parse("<body><div id=outer><p>Some   plain\n text with <a href=#>a link</a> in "
                + "it.</p><div id=inner><a href=#>Only links</a> <a href=#>here</a></div>"
                + "<ul id=list><li>one</li><li><a href=#>two</a></li></ul></div></body>");
        TextLengths lengths = TextLengths.of(document.body());

        for (Element element : document.body().getAllElements()) {
            int text = element.text().length();
            int links = element.getElementsByTag("a").stream().mapToInt(a -> a.text().length()).sum();
            double expected = text == 0 ? 0.0 : (double) links / text;
            assertThat(lengths.linkDensity(element)).as(element.cssSelector()).isCloseTo(expected, within(0.05));
        }
        assertThat(lengths.linkDensity(document.body().appendElement("p"))).isNull();
    }
}
