package io.mediamon.analysis.sentiment.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentPoolingTest {
    private static List<TargetScore> scores(int neutral, double polar, int polarCount, double confidence) {
        List<TargetScore> out = new ArrayList<>();
        for (int i = 0; i < neutral; i++) {
            out.add(new TargetScore(SentimentLabel.NEUTRAL, 0.0, 0.8, List.of()));
        }
        for (int i = 0; i < polarCount; i++) {
            out.add(new TargetScore(polar < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE, polar, confidence, List.of("cue")));
        }
        return out;
    }

    @Test
    void shouldLeanNegativeWhenAFewStrongNegativesStandOutAmongNeutralMentions() {
        Sentiment neutral = SentimentPooling.pool(scores(12, 0, 0, 0.9));
        Sentiment s = SentimentPooling.pool(scores(10, -0.8, 2, 0.9));
        assertThat(s.score()).isLessThan(neutral.score() - 0.1);
        assertThat(s.label()).isNotEqualTo(SentimentLabel.POSITIVE);
        assertThat(s.confidence()).isBetween(0.3, 0.9);
    }

    @Test
    void shouldNotTurnNegativeForOneMildRemarkAmongManyNeutralMentions() {
        assertThat(SentimentPooling.pool(scores(10, -0.3, 1, 0.6)).label()).isNotEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void shouldNotTurnNegativeWhenPositivesAndNegativesBalance() {
        List<TargetScore> mixed = new ArrayList<>(scores(0, 0.7, 2, 0.8));
        mixed.addAll(scores(0, -0.7, 2, 0.8));
        Sentiment s = SentimentPooling.pool(mixed);
        assertThat(s.score()).isBetween(SentimentPooling.pool(scores(0, -0.7, 4, 0.8)).score(),
                SentimentPooling.pool(scores(0, 0.7, 4, 0.8)).score());
        assertThat(s.label()).isNotEqualTo(SentimentLabel.NEGATIVE);
        assertThat(s.confidence()).isLessThan(0.7);
    }

    @Test
    void shouldDiscountUnconfidentEvidence() {
        Sentiment sure = SentimentPooling.pool(scores(2, 0.6, 2, 0.9));
        Sentiment unsure = SentimentPooling.pool(scores(2, 0.6, 2, 0.1));
        assertThat(sure.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(unsure.score()).isLessThan(sure.score());
    }

    @Test
    void shouldBeNeutralWithoutEvidence() {
        assertThat(SentimentPooling.pool(List.of())).isEqualTo(Sentiment.neutral());
    }
}
