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
    void shouldSayNegativeWhenAFewStrongNegativesStandOutAmongNeutralMentions() {
        Sentiment s = SentimentPooling.pool(scores(10, -0.8, 2, 0.9));
        assertThat(s.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(s.score()).isLessThan(-0.3);
        assertThat(s.confidence()).isBetween(0.3, 0.9);
    }

    @Test
    void shouldStayNeutralForOneMildRemarkAmongManyNeutralMentions() {
        assertThat(SentimentPooling.pool(scores(10, -0.3, 1, 0.6)).label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void shouldStayNeutralWhenPositivesAndNegativesBalance() {
        List<TargetScore> mixed = new ArrayList<>(scores(0, 0.7, 2, 0.8));
        mixed.addAll(scores(0, -0.7, 2, 0.8));
        Sentiment s = SentimentPooling.pool(mixed);
        assertThat(s.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(s.confidence()).isLessThan(0.5);
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
