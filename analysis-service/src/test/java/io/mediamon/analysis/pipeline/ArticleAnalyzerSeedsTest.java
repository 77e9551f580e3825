package io.mediamon.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.common.event.Evidence;
import io.mediamon.common.event.NewEntity;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.TopicTag;
import io.mediamon.testkit.Seeds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleAnalyzerSeedsTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults(new LexiconScorer());

    private static ArticleAnalysis analyse(String seedPrefix) {
        Seeds.Seed seed = Seeds.load(seedPrefix);
        return ANALYZER.analyze(seed.title(), seed.body());
    }

    private static List<String> partyNames(ArticleAnalysis a) {
        return a.parties().stream().map(PartySentiment::name).toList();
    }

    private static PartySentiment party(ArticleAnalysis a, String name) {
        return a.parties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> topicIds(ArticleAnalysis a) {
        return a.topics().stream().map(TopicTag::id).toList();
    }

    private static List<String> newNames(ArticleAnalysis a) {
        return a.newEntities().stream().map(NewEntity::name).toList();
    }

    @Test
    void shouldAnalyseSeed000WithoutThePromotionalParagraphs() {
        ArticleAnalysis a = analyse("000");
        assertThat(a.flags().promotional()).isTrue();
        assertThat(partyNames(a)).contains("China", "United States", "TikTok", "ByteDance", "Wang Wenbin");
        assertThat(party(a, "Wang Wenbin").affiliation()).isEqualTo("Q148");
        // the piece argues China's case (seed-stance.tsv in lab): whatever it calls China, not negative
        assertThat(party(a, "China").sentiment().label()).isNotEqualTo(SentimentLabel.NEGATIVE);
        assertThat(topicIds(a)).contains("mergers-acquisitions", "export-controls", "data-privacy")
                .doesNotContain("sport", "weather", "religion");
        assertThat(newNames(a)).doesNotContain("Great SMM");
    }

    @Test
    void shouldAnalyseSeed001() {
        ArticleAnalysis a = analyse("001");
        assertThat(a.flags().promotional()).isFalse();
        assertThat(partyNames(a)).contains("China", "United States", "TikTok", "ByteDance", "Oracle", "Global Times",
                "WeChat", "Donald Trump", "Zhang Yiming");
        assertThat(newNames(a)).contains("Ma Jihua");
        assertThat(topicIds(a)).contains("national-security", "censorship-propaganda", "mergers-acquisitions");
        assertThat(a.cleanText()).doesNotContain("commenting", "AFP/Noel Celis");
    }

    @Test
    void shouldNotAnalyseTheChinaDailyFooterOfSeed002() {
        ArticleAnalysis a = analyse("002");
        assertThat(partyNames(a)).contains("China", "United States", "TikTok", "ByteDance")
                .doesNotContain("China Daily", "WeChat");
        assertThat(a.cleanText()).doesNotContain("China Daily", "Copyright", "WeChat", "Beijing-based");
        assertThat(a.flags().boilerplate()).isTrue();
        assertThat(topicIds(a)).contains("national-security", "censorship-propaganda", "data-privacy");
    }

    @Test
    void shouldReadTheSpunTextOfSeed003() {
        ArticleAnalysis a = analyse("003");
        assertThat(partyNames(a)).contains("China", "United States", "TikTok", "ByteDance", "Microsoft",
                "Zhang Yiming", "CFIUS", "India", "Weibo");
        assertThat(party(a, "Zhang Yiming").affiliation()).isEqualTo("Q55606238");
        assertThat(party(a, "Zhang Yiming").mentions()).isGreaterThan(3);
        assertThat(newNames(a)).contains("Rich Bishop", "William Bao Bean").doesNotContain("South The US", "Bao Bean");
    }

    @Test
    void shouldFindTheBiddersInSeed004() {
        ArticleAnalysis a = analyse("004");
        assertThat(partyNames(a)).contains("China", "United States", "TikTok", "ByteDance", "Microsoft", "Oracle",
                "Walmart", "Donald Trump", "Zhao Lijian");
        assertThat(party(a, "Donald Trump").affiliation()).isEqualTo("Q30");
        assertThat(party(a, "Zhao Lijian").affiliation()).isEqualTo("Q148");
        assertThat(party(a, "United States").mentions()).isGreaterThan(party(a, "Donald Trump").mentions());
        assertThat(topicIds(a)).contains("export-controls", "mergers-acquisitions", "national-security");
        assertThat(newNames(a)).doesNotContain("Kevin Reed", "Socialist Equality Party");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void shouldKeepEvidenceShortStrongestFirstAndInsideTheCleanText(String seed) {
        ArticleAnalysis a = analyse(seed);
        assertThat(a.parties()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.mentions()).isPositive();
            assertThat(p.evidence()).hasSizeBetween(1, 3);
            List<Double> strengths = p.evidence().stream().map(e -> Math.abs(e.score())).toList();
            assertThat(strengths).isSortedAccordingTo((x, y) -> Double.compare(y, x));
            assertThat(p.evidence()).extracting(Evidence::sentence).allSatisfy(s -> assertThat(a.cleanText()).contains(s));
            assertThat(p.sentiment().score()).isBetween(-1.0, 1.0);
        });
        assertThat(a.stats().characters()).isEqualTo(a.cleanText().length());
        assertThat(a.stats().sentences()).isGreaterThan(a.stats().paragraphs() - 1);
    }

    @Test
    void shouldProduceNothingFromBoilerplateOnlyText() {
        ArticleAnalysis a = ANALYZER.analyze("Global Edition 中文 Français", """
                Home / Opinion / Featured Contributors
                Share - WeChat

                The views don't necessarily reflect those of China Daily.

                Most Viewed in 24 Hours
                Copyright 1995 - . All rights reserved. Without written authorization from CDIC, such content shall not be republished.
                Please let us know if you're having issues with commenting.""");
        assertThat(a.topics()).isEmpty();
        assertThat(a.parties()).isEmpty();
        assertThat(a.newEntities()).isEmpty();
        assertThat(a.cleanText()).isEmpty();
        assertThat(a.flags().boilerplate()).isTrue();
        assertThat(a.stats().sentences()).isZero();
    }

    @Test
    void shouldCountHeadlineMentions() {
        ArticleAnalysis a = ANALYZER.analyze("Walmart joins the bidding for TikTok", "The retailer made an offer.");
        PartySentiment walmart = party(a, "Walmart");
        assertThat(walmart.mentions()).isEqualTo(1);
        assertThat(walmart.evidence()).extracting(Evidence::sentence).containsExactly("Walmart joins the bidding for TikTok");
    }

    @Test
    void shouldHandTheScorerTheMentionSpanOfEachSentence() {
        Map<String, Boolean> targets = new ConcurrentHashMap<>();
        TargetScorer recording = (text, sentence, target) -> {
            targets.put(text.text().substring(text.tokens().get(target.start()).start(),
                    text.tokens().get(target.end() - 1).end()), true);
            return new TargetScore(SentimentLabel.NEUTRAL, 0, 0.5, List.of());
        };
        Seeds.Seed seed = Seeds.load("004");
        ArticleAnalyzer.withDefaults(recording).analyze(seed.title(), seed.body());
        assertThat(targets.keySet()).contains("Zhao Lijian", "Walmart", "Beijing", "the Trump administration", "US")
                .doesNotContain("Chinese", "American", "us");
    }

    @Test
    void shouldSurviveAFailingScorer() {
        TargetScorer failing = (text, sentence, target) -> {
            throw new IllegalStateException("model not loaded");
        };
        ArticleAnalysis a = ArticleAnalyzer.withDefaults(failing).analyze("TikTok banned", "The US banned TikTok.");
        assertThat(a.parties()).extracting(PartySentiment::name).contains("TikTok", "United States");
        assertThat(a.parties()).allSatisfy(p -> assertThat(p.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL));
    }

    @Test
    void shouldDetectSentencesWithTheOpenNlpModel() {
        ArticleAnalysis a = ANALYZER.analyze("", "Mr. Trump spoke on Monday. The U.S. Commerce Department acted. China objected.");
        assertThat(a.stats().sentences()).isEqualTo(3);
        Optional<PartySentiment> us = a.parties().stream().filter(p -> p.entityId().equals("Q30")).findFirst();
        assertThat(us).get().extracting(PartySentiment::mentions).isEqualTo(2);
        assertThat(Set.copyOf(partyNames(a))).containsExactlyInAnyOrder("United States", "Donald Trump", "China");
    }
}
