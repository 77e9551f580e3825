package io.mediamon.launcher.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenScoreTest {
    @Test
    void shouldCountTokensAsAMultisetLikeTheScoringScript() {
        TokenScore score = TokenScore.of("the cat the cat sat", "The cat sat on the mat");

        // overlap: the x2, cat x1, sat x1 = 4 of 5 extracted and of 6 expected
        assertThat(score.precision()).isCloseTo(0.8, within(1e-9));
        assertThat(score.recall()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(score.f1()).isCloseTo(2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), within(1e-9));
    }

    @Test
    void shouldReadReferenceHtmlWithTagsAsWordBreaksAndNoScripts() {
        String text = TokenScore.textOfHtml("<div><p>Hello<b>world</b></p><script>var x;</script>"
                + "<style>p{}</style><noscript>nope</noscript><p>caf&eacute;</p></div>");

        assertThat(TokenScore.of("hello world café", text).f1()).isEqualTo(1.0);
    }

    @Test
    void shouldScoreAnEmptyExtractionAgainstAnEmptyReferenceAsPerfect() {
        assertThat(TokenScore.of("", "").f1()).isEqualTo(1.0);
        assertThat(TokenScore.of("", "words").f1()).isEqualTo(0.0);
    }
}
