package io.mediamon.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {

    private static final String TEXT = "The minister didn't deny the scandal, but critics said he was very corrupt. "
            + "Perhaps the brilliant deal may not fail; it slightly improved, according to them.";

    @Test
    void shouldAnswerAsTheSeparateListsForEveryToken() {
        CueWords cues = CueWords.standard();
        SentimentLexicon lexicon = SentimentLexicon.standard();
        ArticleText text = ArticleText.sentence(TEXT);
        TokenWords words = WordTable.standard().words(text);
        List<Token> tokens = text.tokens();
        assertThat(words.size()).isEqualTo(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).norm();
            for (CueWords.Category c : CueWords.Category.values()) {
                boolean expected = c == CueWords.Category.NEGATOR ? cues.isNegator(w) : cues.is(c, w);
                assertThat(words.is(i, c)).as("%s %s", w, c).isEqualTo(expected);
            }
            assertThat(words.valence(i)).as(w).isEqualTo(lexicon.valence(w));
            assertThat(words.kind(i)).as(w).isEqualTo(lexicon.kind(w));
        }
        assertThat(words.isNegator(tokens.indexOf(tokens.stream().filter(t -> t.norm().equals("didn't"))
                .findFirst().orElseThrow()))).isTrue();
    }

    @Test
    void shouldViewOneSentenceAtItsOwnPositions() {
        int cut = TEXT.indexOf("Perhaps");
        ArticleText text = ArticleText.of(TEXT, List.of(new int[] {0, cut}, new int[] {cut, TEXT.length()}));
        Sentence second = text.sentences().get(1);
        TokenWords all = WordTable.standard().words(text);
        TokenWords view = all.of(second);
        assertThat(view.size()).isEqualTo(second.tokenCount());
        assertThat(view.norm(0)).isEqualTo("perhaps");
        assertThat(view.is(0, CueWords.Category.HEDGE)).isTrue();
        assertThat(all.is(second.firstToken(), CueWords.Category.HEDGE)).isTrue();
        assertThat(WordTable.standard().words(text)).isSameAs(all);
    }
}
