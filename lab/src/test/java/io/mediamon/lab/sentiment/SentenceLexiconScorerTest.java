package io.mediamon.lab.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.common.event.SentimentLabel;
import org.junit.jupiter.api.Test;

class SentenceLexiconScorerTest {

    private final SentenceLexiconScorer baseline = SentenceLexiconScorer.standard();

    @Test
    void shouldIgnoreTheTargetAndScoreTheWholeSentence() {
        String s = "Smith is honest and Jones is wonderful.";
        assertThat(score(baseline, s, 0, 5)).isEqualTo(score(baseline, s, 20, 25));
        assertThat(score(baseline, s, 0, 5).label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void shouldLabelNeutralInsideTheThresholds() {
        TargetScore s = score(baseline, "Smith travelled to Ohio on Tuesday.", 0, 5);
        assertThat(s.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(Math.abs(s.score())).isLessThan(SentenceLexiconScorer.THRESHOLD);
    }

    @Test
    void shouldLetTheClauseAfterButDominate() {
        assertThat(score(baseline, "The plan was good, but the result was a disaster.", 0, 3).label())
                .isEqualTo(SentimentLabel.NEGATIVE);
    }

    private static TargetScore score(TargetScorer scorer, String sentence, int from, int to) {
        return new LabeledTarget(sentence, from, to, SentimentLabel.NEUTRAL).scoreWith(scorer);
    }
}
