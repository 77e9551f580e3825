package io.mediamon.analysis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.entity.EntityMatcher;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.pipeline.ArticleAnalysis;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.pipeline.LexiconScorer;
import io.mediamon.testkit.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionDetectorTest {
    private static final EntityMatcher ENTITIES = new EntityMatcher(Gazetteer.defaults());
    private static final TextCleaner CLEANER = new TextCleaner(ENTITIES);

    @Test
    void shouldCountFirstPersonPluralWordsOutsideQuotesInAnyCase() {
        assertThat(PromotionDetector.firstPersonPluralOutsideQuotes(
                "We help OUR clients; ours is the best. We're here, we've grown, contact us.")).isEqualTo(6);
        assertThat(PromotionDetector.firstPersonPluralOutsideQuotes(
                "\"We will appeal,\" she said. \u201cOur case is strong\u201d, the US team added.")).isZero();
        assertThat(PromotionDetector.firstPersonPluralOutsideQuotes("Weather, out, usual, weird, oursel")).isZero();
    }

    @Test
    void shouldFlagTheGreatSmmParagraphsOfSeed000() {
        Seeds.Seed seed = Seeds.load("000");
        CleanedText cleaned = CLEANER.clean(seed.title(), seed.body());
        assertThat(cleaned.flags().promotional()).isTrue();
        assertThat(cleaned.flags().promotionalSnippet()).startsWith("Evaluating these complex factors");
        assertThat(cleaned.flags().droppedLines()).isEqualTo(4);
        assertThat(String.join("\n", cleaned.paragraphs()))
                .doesNotContain("Great SMM", "smm panel", "With our experience", "Open channels of understanding")
                .contains("Ministry spokesperson Wang Wenbin", "Overall it is reasonable", "Continued globalization");
        assertThat(cleaned.paragraphs()).hasSize(6);
    }

    @Test
    void shouldProduceNoTopicsPartiesOrNamesFromThePromotionalParagraphs() {
        Seeds.Seed seed = Seeds.load("000");
        ArticleAnalysis analysis = ArticleAnalyzer.withDefaults(new LexiconScorer()).analyze(seed.title(), seed.body());
        assertThat(analysis.topics()).flatExtracting(t -> t.matches())
                .noneMatch(m -> m.contains("smm") || m.contains("services") || m.contains("campaign"));
        assertThat(analysis.parties()).flatExtracting(p -> p.evidence())
                .noneMatch(e -> e.sentence().contains("SMM"));
        assertThat(analysis.newEntities()).extracting(n -> n.name()).doesNotContain("Great SMM");
        assertThat(analysis.cleanText()).doesNotContain("SMM");
    }

    @Test
    void shouldFindTheRepeatedBrand() {
        List<String> paragraphs = List.of(
                "Officials met in Geneva to discuss tariffs.",
                "Perhaps the analysts at Acme Growth Hub could help the negotiators.",
                "Acme Growth Hub offers a variety of services to boost your social media presence. Visit today to learn more.");
        PromotionDetector.Result result = new PromotionDetector(ENTITIES).detect(paragraphs, "Tariff talks");
        assertThat(result.brands()).containsExactly("Acme Growth Hub");
        assertThat(result.promotional()).containsExactly(false, true, true);
    }

    @Test
    void shouldNotFlagQuotedFirstPersonOrAKnownCompanyNamedTwice() {
        List<String> paragraphs = List.of(
                "\u201cWe disagree with the conclusion because we have been committed to our users,\u201d Zhang wrote.",
                "Microsoft offers cloud services and confirmed talks with US officials.",
                "Microsoft said a deal would be announced soon.");
        PromotionDetector.Result result = new PromotionDetector(ENTITIES).detect(paragraphs, "TikTok talks");
        assertThat(result.brands()).isEmpty();
        assertThat(result.promotional()).containsExactly(false, false, false);
    }

    @Test
    void shouldFlagFirstPersonSalesCopyWithoutABrand() {
        List<String> paragraphs = List.of(
                "With our experience and our team of specialists, our experts can craft campaigns for your budget.");
        PromotionDetector.Result result = new PromotionDetector(ENTITIES).detect(paragraphs, "");
        assertThat(result.promotional()).containsExactly(true);
    }
}
