package io.mediamon.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    
    @Test
    void shouldSplitPossessiveAndKeepOffsets() {
        String s = "Obama’s plan didn't work, critics said.";
        List<Token> tokens = Tokenizer.tokenize(s);

        assertThat(tokens).extracting(Token::norm)
                .containsExactly("obama", "'s", "plan", "didn't", "work", ",", "critics", "said", ".");
        Token obama = tokens.get(0);
        assertThat(s.substring(obama.start(), obama.end())).isEqualTo("Obama");
        assertThat(tokens.get(5).word()).isFalse();
    }

    @Test
    void shouldNormaliseCurlyQuotesToOneQuoteToken() {
        assertThat(Tokenizer.tokenize("“He lied,” she said"))
                .extracting(Token::norm)
                .containsExactly("\"", "he", "lied", ",", "\"", "she", "said");
    }

    @Test
    void shouldReturnNoTokensForBlankText() {
        assertThat(Tokenizer.tokenize("   ")).isEmpty();
    }
}
