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

    /** Aboutness that knows two descriptions: one the text is about (0.02 above its threshold), one it is not. */
    private static final Aboutness ABOUT_APPS = description -> description.startsWith("disputes over")
            ? new Aboutness.Score(0.82, 0.80) : new Aboutness.Score(0.70, 0.80);

    private static Query.Hits about(String query) {
        return QueryParser.parse(query).evaluate(INDEX, ABOUT_APPS);
    }

    @Test
    void shouldComposeAboutWithBooleanTerms() {
        String apps = "ABOUT(\"disputes over who owns and controls social-media apps\")";
        String sport = "ABOUT(\"football matches, players and league results\")";

        assertThat(about(apps).matched()).isTrue();
        assertThat(about(apps).spans()).isEmpty();
        assertThat(about(apps).aboutConfidence()).isGreaterThan(0.5);
        assertThat(about(apps + " AND TikTok").spans()).hasSize(1);
        assertThat(about(apps + " AND TikTok").byDescription()).isTrue();
        assertThat(about(apps + " AND india").matched()).isFalse();
        assertThat(about(sport).matched()).isFalse();
        assertThat(about(sport + " OR TikTok").byDescription()).as("held by words alone").isFalse();
        assertThat(about("NOT " + sport).matched()).isTrue();
        assertThat(holds(apps)).as("no embedding at hand: never holds").isFalse();
    }

    @Test
    void shouldReadAboutAsAnOrdinaryWordWithoutItsParenthesis() {
        assertThat(QueryParser.parse("about tiktok").usesAbout()).isFalse();
        assertThat(QueryParser.parse("ABOUT tiktok").usesAbout()).isFalse();
        assertThat(QueryParser.parse("tiktok AND ABOUT(\"a sale forced by a government\")").usesAbout()).isTrue();
    }

    @Test
    void shouldRefuseAboutWithoutASentence() {
        assertThatThrownBy(() -> QueryParser.parse("ABOUT(tiktok)")).hasMessageContaining("quoted sentence");
        assertThatThrownBy(() -> QueryParser.parse("ABOUT(\"apps\")")).hasMessageContaining("at least 3 words");
        assertThatThrownBy(() -> QueryParser.parse("ABOUT(\"who owns the apps\"")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> QueryParser.parse("ABOUT(\"" + "word ".repeat(100) + "\")"))
                .hasMessageContaining("more than 400 characters");
        assertThatThrownBy(() -> QueryParser.parse("tiktok NEAR/3 ABOUT(\"who owns the apps\")"))
                .hasMessageContaining("cannot be an operand of NEAR/3");
        assertThat(WatchedTopic.problem("ABOUT(\"who owns the apps\") AND TikTok")).isEmpty();
        assertThat(WatchedTopic.problem("ABOUT(apps)")).isPresent();
    }
}
