package io.mediamon.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalisedNamesTest {

    private static List<String> names(String text) {
        return CapitalisedNames.find(text).stream().map(CapitalisedNames.Name::text).toList();
    }

    @Test
    void shouldFindRunsTrimmedOfEdgeWordsAndCutAtPossessivesAndPunctuation() {
        String text = "Mr Ma Jihua met Great SMM officials. The Chinese Foreign Ministry's Wang Wenbin said"
                + " Air Force One landed, Tuesday Morning News, in Paris.";
        assertThat(names(text)).containsExactly("Ma Jihua", "Great SMM", "Foreign Ministry", "Wang Wenbin",
                "Air Force One", "Morning News");
        List<CapitalisedNames.Name> found = CapitalisedNames.find(text);
        assertThat(found.get(0).start()).isEqualTo(text.indexOf("Ma Jihua"));
        assertThat(found.get(0).end()).isEqualTo(text.indexOf("Ma Jihua") + "Ma Jihua".length());
        assertThat(found).noneMatch(CapitalisedNames.Name::sentenceInitial);
    }

    @Test
    void shouldMarkANameThatOpensTheText() {
        List<CapitalisedNames.Name> found = CapitalisedNames.find("Donald Trump spoke to Angela Merkel");
        assertThat(found).extracting(CapitalisedNames.Name::text).containsExactly("Donald Trump", "Angela Merkel");
        assertThat(found).extracting(CapitalisedNames.Name::sentenceInitial).containsExactly(true, false);
        assertThat(CapitalisedNames.find("The Walt Disney Company said").get(0).sentenceInitial()).isFalse();
    }

    @Test
    void shouldLeaveSingleWordsLongCapitalsAndLowerCaseAlone() {
        assertThat(names("Paris is big. NATIONWIDE COVERAGE here, and red Apple pie")).isEmpty();
        assertThat(names("The NATO USA deal")).containsExactly("NATO USA");
        assertThat(names("Spokesperson Chief Executive")).isEmpty();
    }

    @Test
    void shouldTrimEdgeWordsInAnyCaseAndScript() {
        assertThat(names("met THE Walt Disney CEO")).containsExactly("Walt Disney");
        assertThat(names("met Ms \u00dcnal Kaya")).containsExactly("\u00dcnal Kaya");
        assertThat(names("the \u212aorean Kim Jong")).containsExactly("Kim Jong");
        assertThat(names("the \u212aorea Kim Jong")).containsExactly("\u212aorea Kim Jong");
    }
}
