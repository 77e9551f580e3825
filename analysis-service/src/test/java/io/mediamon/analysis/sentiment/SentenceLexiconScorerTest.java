package io.mediamon.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceLexiconScorerTest {

    private final SentenceLexiconScorer baseline = SentenceLexiconScorer.standard();

    @Test
    void shouldIgnoreTheTargetAndScoreTheWholeSentence() {
        String s = "Smith is honest and Jones is wonderful.";
        assertThat(baseline.score(s, 0, 5)).isEqualTo(baseline.score(s, 20, 25));
        assertThat(baseline.score(s, 0, 5).label()).isEqualTo("positive");
    }

    @Test
    void shouldLabelNeutralInsideTheThresholds() {
        TargetScore s = baseline.score("Smith travelled to Ohio on Tuesday.", 0, 5);
        assertThat(s.label()).isEqualTo("neutral");
        assertThat(Math.abs(s.score())).isLessThan(SentenceLexiconScorer.THRESHOLD);
    }

    @Test
    void shouldLetTheClauseAfterButDominate() {
        assertThat(baseline.score("The plan was good, but the result was a disaster.", 0, 3).label())
                .isEqualTo("negative");
    }
}
