package io.mediamon.analysis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
    private static final CueLexicon LEXICON = new CueLexicon(Map.of("to learn more", 1.0, "learn more", 0.6,
            "visit", 0.3, "edition", 0.25, "©", 1.2, "our clients", 1.0, "clients", 0.4));

    @Test
    void shouldCountEachCueOnceInTheOrderTheCuesEnd() {
        CueLexicon.Score score = LEXICON.score("Visit us TO LEARN MORE, learn more and visit again");

        // "learn more" and "to learn more" end together: the longer first, as the automaton reports them
        assertThat(score.cues()).containsExactly("visit", "to learn more", "learn more");
        assertThat(score.weight()).isEqualTo(0.3 + 0.6 + 1.0);
    }

    @Test
    void shouldMatchOnlyAtTheStartOfAWord() {
        assertThat(LEXICON.score("revisit the preedition").cues()).isEmpty();
        assertThat(LEXICON.score("EditionASIA").cues()).containsExactly("edition");
        assertThat(LEXICON.score("(c) ©2024, ourclients and our clients").cues())
                .containsExactly("©", "our clients", "clients");
    }

    @Test
    void shouldLowerCaseEachCharacterAsTheCuesAre() {
        // dotless i upper-cases to I but does not lower-case to i, so it does not match
        assertThat(LEXICON.score("v\u0131sit").cues()).isEmpty();
        assertThat(LEXICON.score("VİSIT").cues()).containsExactly("visit");
        assertThat(LEXICON.score("").weight()).isZero();
    }
}
