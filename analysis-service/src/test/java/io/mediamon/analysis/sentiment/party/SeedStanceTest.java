package io.mediamon.analysis.sentiment.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clear cases among the seeds, with the bundled model: the direction each outlet takes toward a party. */
class SeedStanceTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.withDefaults(LearnedTargetScorer.loadDefault());
    }

    private static Sentiment toward(String seed, String party) throws IOException {
        String[] parts = Files.readString(Path.of("../seeds", seed), StandardCharsets.UTF_8).strip().split("\n", 2);
        return analyzer.analyze(parts[0], parts[1]).parties().stream()
                .filter(p -> p.name().equals(party)).map(PartySentiment::sentiment).findFirst().orElseThrow();
    }

    @Test
    void shouldReadBreitbartAsNegativeTowardTikTokAndNotPositiveTowardChina() throws IOException {
        assertThat(toward("001_a0fb09fb4f8396f5.txt", "TikTok").label()).isEqualTo(SentimentLabel.NEGATIVE);
        // read by hand: negative; the fast scorer finds it neutral (see ./mediamon eval seeds)
        assertThat(toward("001_a0fb09fb4f8396f5.txt", "China").label()).isNotEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void shouldNotReadSeed000AsNegativeTowardTikTokNorSeed004AsNegativeTowardAlphabet() throws IOException {
        assertThat(toward("000_de0efcc90c73d99e.txt", "TikTok").label()).isNotEqualTo(SentimentLabel.NEGATIVE);
        assertThat(toward("004_889973c444790b25.txt", "Alphabet").label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(toward("004_889973c444790b25.txt", "Google").label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void shouldReadWswsAsNegativeTowardTheUnitedStates() throws IOException {
        assertThat(toward("004_889973c444790b25.txt", "United States").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void shouldReadChinaDailyAsPositiveTowardTikTok() throws IOException {
        assertThat(toward("002_474a9a20da228cf4.txt", "TikTok").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void shouldWeighReportedOpinionAndMisfortuneBelowTheOutletsOwnJudgment() {
        assertThat(StanceAttribution.weight("Critics argue that the app is a security risk.")).isEqualTo(0.4);
        assertThat(StanceAttribution.weight("Skeptics have sounded alarms that the data could be exploited."))
                .isEqualTo(0.4);
        assertThat(StanceAttribution.weight("The app has found itself under intense scrutiny in Washington."))
                .isEqualTo(0.5);
        assertThat(StanceAttribution.weight("The app is a Trojan horse for foreign influence.")).isEqualTo(1.0);
    }
}
