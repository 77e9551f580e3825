package io.mediamon.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermIndexTest {

    private static final String TEXT = "Export controls: exporters export more; the EXPORTED goods, expert views,"
            + " exports and zebras. Export again.";

    private static TermIndex index() {
        return new TermIndex(Tokenizer.terms(TEXT, Tokenizer.tokenize(TEXT)));
    }

    private static List<String> forms(List<Map.Entry<String, List<Integer>>> entries) {
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void shouldListTheFormsOfAPrefixSortedWithTheirPositions() {
        TermIndex index = index();
        assertThat(forms(index.withPrefix("export"))).containsExactly("export", "exported", "exporters", "exports");
        assertThat(forms(index.withPrefix("ex"))).containsExactly("expert", "export", "exported", "exporters",
                "exports");
        assertThat(index.withPrefix("export").get(0).getValue()).isEqualTo(index.exact("export"))
                .containsExactly(0, 3, 13);
        assertThat(forms(index.withPrefix("z"))).containsExactly("zebras");
        assertThat(index.withPrefix("q")).isEmpty();
        assertThat(index.withPrefix("exq")).isEmpty();
    }

    @Test
    void shouldListEveryFormSortedForTheEmptyPrefix() {
        List<String> all = forms(index().withPrefix(""));
        assertThat(all).isSorted().contains("again", "zebras", "the", "goods").hasSize(13);
    }

    @Test
    void shouldVisitTheSameFormsAndPositionsUnsortedAsTheSortedListing() {
        TermIndex index = index();
        for (String prefix : List.of("", "e", "ex", "export", "exported", "z", "q", "exq")) {
            Map<String, List<Integer>> visited = new HashMap<>();
            index.eachWithPrefix(prefix, visited::put);
            Map<String, List<Integer>> listed = new HashMap<>();
            index.withPrefix(prefix).forEach(e -> listed.put(e.getKey(), e.getValue()));
            assertThat(visited).as(prefix).isEqualTo(listed);
        }
    }
}
