package io.mediamon.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void shouldMapACharacterSpanToTheTokensItOverlaps() {
        ArticleText text = ArticleText.sentence("President Barack Obama spoke.");
        Sentence s = text.sentences().get(0);
        assertThat(text.targetSpan(s, 10, 22)).isEqualTo(new TokenSpan(1, 3));
        assertThat(text.targetSpan(s, 5, 5)).isEqualTo(new TokenSpan(0, 1));
    }

    @Test
    void shouldPlaceEachTokenInItsSentence() {
        String joined = "Smith won.\n\nJones lost, badly.";
        ArticleText text = ArticleText.of(joined, List.of(new int[] {0, 10}, new int[] {12, joined.length()}));
        assertThat(text.sentences()).containsExactly(new Sentence(0, 10, 0, 3), new Sentence(12, 30, 3, 8));
        assertThat(text.tokensOf(text.sentences().get(1))).extracting(Token::norm)
                .containsExactly("jones", "lost", ",", "badly", ".");
        Sentence second = text.sentences().get(1);
        assertThat(text.targetSpan(second, 12, 17)).isEqualTo(new TokenSpan(3, 4));
    }

    @Test
    void shouldCutTermsAtHyphensAndDropPossessivesButKeepTheirOffsets() {
        String s = "China's cross-border U.S. deal didn't close.";
        ArticleText text = ArticleText.sentence(s);
        List<Term> terms = text.termIndex().terms();
        assertThat(terms).extracting(Term::norm)
                .containsExactly("china", "cross", "border", "u", "s", "deal", "didn't", "close");
        assertThat(s.substring(terms.get(0).start(), terms.get(0).end())).isEqualTo("China's");
        assertThat(text.termIndex().exact("border")).containsExactly(2);
    }
}
