package io.mediamon.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.common.event.Article;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.TaggedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class NlpArticleTaggingLanguageTest {
    private static final Instant AT = Instant.parse("2024-03-15T12:00:00Z");
    private final NlpArticleTagging tagging = new NlpArticleTagging(ArticleAnalyzer.withDefaults(new LexiconScorer()),
            Clock.fixed(AT, ZoneOffset.UTC));

    private static Article article(String language, String title, String body, boolean headlineOnly) {
        return new Article("c1", null, title, body, "example.org", null, language, AT, AT, "test", headlineOnly, null,
                List.of(), null, language != null);
    }

    @Test
    void shouldCountPartiesButScoreNoSentimentInAnUnsupportedLanguage() {
        TaggedArticle tagged = tagging.tag(article("de", "TikTok vor dem Verkauf",
                "Die Regierung der USA hat TikTok eine schreckliche Frist gesetzt. China lehnt den Verkauf ab und "
                        + "nennt die Forderung einen Skandal.", false));

        assertThat(tagged.flags().unsupportedLanguage()).isTrue();
        assertThat(tagged.parties()).extracting(PartySentiment::entityId).contains("Q48938223", "Q148");
        assertThat(tagged.parties()).allSatisfy(p -> {
            assertThat(p.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
            assertThat(p.sentiment().confidence()).isZero();
            assertThat(p.evidence()).isEmpty();
        });
    }

    @Test
    void shouldScoreEnglishAndArticlesWithoutALanguage() {
        String body = "China condemned the terrible and unfair ban on TikTok, calling it a disgraceful attack.";
        TaggedArticle english = tagging.tag(article("en-gb", "China condemns TikTok ban", body, false));
        TaggedArticle unknown = tagging.tag(article(null, "China condemns TikTok ban", body, false));

        assertThat(english.flags().unsupportedLanguage()).isFalse();
        assertThat(unknown.flags().unsupportedLanguage()).isFalse();
        assertThat(english.parties()).anySatisfy(p -> assertThat(p.evidence()).isNotEmpty());
    }

    @Test
    void shouldCarryTheHeadlineOnlyFlag() {
        TaggedArticle tagged = tagging.tag(article("en", "US weighs tighter curbs on chip exports to China",
                "US weighs tighter curbs on chip exports to China", true));

        assertThat(tagged.flags().headlineOnly()).isTrue();
        assertThat(tagged.parties()).extracting(PartySentiment::entityId).contains("Q148");
    }
}
