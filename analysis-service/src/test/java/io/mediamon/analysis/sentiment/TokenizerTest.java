package io.mediamon.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void shouldSplitPossessiveAndKeepOffsets() {
        String s = "Obama’s plan didn't work, critics said.";
        List<Token> tokens = tokenizer.tokenize(s);

        assertThat(tokens).extracting(Token::text)
                .containsExactly("obama", "'s", "plan", "didn't", "work", ",", "critics", "said", ".");
        Token obama = tokens.get(0);
        assertThat(s.substring(obama.start(), obama.end())).isEqualTo("Obama");
        assertThat(tokens.get(5).word()).isFalse();
    }

    @Test
    void shouldNormaliseCurlyQuotesToOneQuoteToken() {
        assertThat(tokenizer.tokenize("“He lied,” she said"))
                .extracting(Token::text)
                .containsExactly("\"", "he", "lied", ",", "\"", "she", "said");
    }

    @Test
    void shouldReturnNoTokensForBlankText() {
        assertThat(tokenizer.tokenize("   ")).isEmpty();
    }
}
