package io.mediamon.analysis.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.TermIndex;
import org.junit.jupiter.api.Test;

class QueryTest {
    private static final String TEXT =
            "China's Commerce Ministry imposed new export controls on algorithms. The cross-border sale of TikTok "
                    + "was blocked and the exporters complained about national security.";
    private static final TermIndex INDEX = ArticleText.sentence(TEXT).termIndex();

    private static boolean holds(String query) {
        return QueryParser.parse(query).evaluate(INDEX).matched();
    }

    private static int hits(String query) {
        return QueryParser.parse(query).evaluate(INDEX).spans().size();
    }

    @Test
    void shouldMatchTermsCaseInsensitivelyAndIgnorePossessives() {
        assertThat(holds("TIKTOK")).isTrue();
        assertThat(holds("china")).isTrue();
        assertThat(holds("india")).isFalse();
    }

    @Test
    void shouldCombineWithAndOrAndImplicitAnd() {
        assertThat(holds("tiktok AND china")).isTrue();
        assertThat(holds("tiktok AND india")).isFalse();
        assertThat(holds("tiktok china")).isTrue();
        assertThat(holds("india OR tiktok")).isTrue();
        assertThat(holds("india OR japan")).isFalse();
    }

    @Test
    void shouldNegateWithNot() {
        assertThat(holds("tiktok NOT india")).isTrue();
        assertThat(holds("tiktok AND NOT china")).isFalse();
        assertThat(holds("NOT india")).isTrue();
    }

    @Test
    void shouldRespectParenthesesAndPrecedence() {
        assertThat(holds("india OR tiktok AND japan")).isFalse();
        assertThat(holds("(india OR tiktok) AND china")).isTrue();
        assertThat(holds("india AND (japan OR tiktok)")).isFalse();
    }

    @Test
    void shouldMatchQuotedPhrasesInOrderOnly() {
        assertThat(holds("\"national security\"")).isTrue();
        assertThat(holds("\"security national\"")).isFalse();
        assertThat(holds("\"export control*\"")).isTrue();
    }

    @Test
    void shouldTreatHyphenatedWordsAsPhrases() {
        assertThat(holds("cross-border")).isTrue();
        assertThat(holds("\"cross border sale\"")).isTrue();
    }

    @Test
    void shouldMatchWithinNearDistanceInEitherOrder() {
        assertThat(holds("sale NEAR/2 tiktok")).isTrue();
        assertThat(holds("tiktok NEAR/2 sale")).isTrue();
        assertThat(holds("sale NEAR/0 tiktok")).isFalse();
        assertThat(holds("ministry NEAR/3 algorithms")).isFalse();
        assertThat(holds("ministry NEAR/6 algorithms")).isTrue();
    }

    @Test
    void shouldExpandWildcards() {
        assertThat(hits("export*")).isEqualTo(2);
        assertThat(holds("*ports")).isFalse();
        assertThat(holds("*porters")).isTrue();
        assertThat(holds("algo*ms")).isTrue();
        assertThat(holds("expo")).isFalse();
    }

    @Test
    void shouldReadLowercaseOperatorWordsAsTerms() {
        assertThat(holds("tiktok and")).isTrue();
        assertThat(holds("tiktok or")).isFalse();
    }

    @Test
    void shouldRejectMalformedQueries() {
        assertThatThrownBy(() -> QueryParser.parse("(tiktok OR china")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("')'");
        assertThatThrownBy(() -> QueryParser.parse("tiktok OR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryParser.parse("\"open phrase")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryParser.parse("a NEAR/x b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryParser.parse("tiktok )")).isInstanceOf(IllegalArgumentException.class);
    }
}
