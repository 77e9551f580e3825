package io.mediamon.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.text.Token;
import io.mediamon.analysis.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolarityTaggerTest {

        private final ClauseSegmenter segmenter = new ClauseSegmenter(CueWords.standard());
    private final PolarityTagger tagger = new PolarityTagger(SentimentLexicon.standard(), CueWords.standard());

    private float valenceOf(String sentence, String word) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        PolarityTagger.Tagged tagged = tagger.tag(tokens, segmenter.segment(tokens));
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).norm().equals(word)) {
                return tagged.valence()[i];
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void shouldReadTheVaderWordListFromTheClasspath() {
        assertThat(SentimentLexicon.standard().size()).isGreaterThan(7000);
        assertThat(SentimentLexicon.standard().valence("good")).isPositive();
        assertThat(SentimentLexicon.standard().kind("corrupt")).isEqualTo("criticism");
    }

    @Test
    void shouldFlipValenceUnderNegation() {
        assertThat(valenceOf("The senator is honest.", "honest")).isPositive();
        assertThat(valenceOf("The senator is not honest.", "honest")).isNegative();
    }

    @Test
    void shouldBoostUnderIntensifierAndWeakenUnderHedge() {
        float plain = valenceOf("The plan is good.", "good");
        assertThat(valenceOf("The plan is very good.", "good")).isGreaterThan(plain);
        assertThat(valenceOf("The plan might be good.", "good")).isLessThan(plain).isPositive();
    }

    @Test
    void shouldNotCarryNegationAcrossAClauseBoundary() {
        assertThat(valenceOf("He did not resign, but the outcome was good.", "good")).isPositive();
    }
}
