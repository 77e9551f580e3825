package io.mediamon.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.analysis.text.TokenSpan;
import io.mediamon.common.event.SentimentLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of the committed default model on small hand-made sentences. */
class LearnedTargetScorerTest {

    private static LearnedTargetScorer scorer;

    @BeforeAll
    static void loadModel() {
        scorer = LearnedTargetScorer.loadDefault();
    }

    private static TargetScore score(String sentence, String target) {
        return OneSentence.of(sentence, target).scoreWith(scorer);
    }

    @Test
    void shouldScorePraisedPatientPositive() {
        assertThat(score("Smith praised Jones for her courage.", "Jones").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void shouldBlameTheReportedTargetNotTheSpeaker() {
        String s = "Jones said Smith is corrupt.";
        TargetScore speaker = score(s, "Jones");
        TargetScore subject = score(s, "Smith");

        assertThat(subject.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(speaker.label()).isNotEqualTo(SentimentLabel.NEGATIVE);
        assertThat(speaker.score()).isGreaterThan(subject.score());
    }

    @Test
    void shouldSoftenNegatedCriticism() {
        assertThat(score("Smith is not corrupt.", "Smith").score())
                .isGreaterThan(score("Smith is corrupt.", "Smith").score());
    }

    @Test
    void shouldWeighOpinionsInTheTargetsOwnClauseAcrossContrast() {
        String s = "Smith is honest, but Jones is corrupt.";
        assertThat(score(s, "Jones").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score(s, "Smith").score()).isGreaterThan(score(s, "Jones").score());
    }

    @Test
    void shouldTreatCriticismOfTheTargetAsNegative() {
        TargetScore s = score("Critics accused Smith of fraud.", "Smith");
        assertThat(s.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(s.cues()).containsAnyOf("accused", "fraud", "critics");
    }

    @Test
    void shouldLeaveFactualMentionNeutral() {
        assertThat(score("The senator met with Smith on Tuesday.", "Smith").label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void shouldKeepLabelScoreAndConfidenceConsistent() {
        String[][] cases = {
            {"Smith won the election in a landslide.", "Smith"},
            {"Smith was killed in the attack.", "Smith"},
            {"The senator met with Smith on Tuesday.", "Smith"},
            {"Smith attacked Jones.", "Jones"},
        };
        for (String[] c : cases) {
            TargetScore s = score(c[0], c[1]);
            assertThat(s.confidence()).isBetween(1.0 / 3, 1.0);
            assertThat(s.score()).isBetween(-1.0, 1.0);
            assertThat(s.cues()).hasSizeLessThanOrEqualTo(3);
            switch (s.label()) {
                case POSITIVE -> assertThat(s.score()).isPositive();
                case NEGATIVE -> assertThat(s.score()).isNegative();
                default -> assertThat(s.label()).isEqualTo(SentimentLabel.NEUTRAL);
            }
        }
    }

    @Test
    void shouldRejectASpanOutsideTheSentence() {
        OneSentence s = OneSentence.of("Short.", 0, 5);
        assertThatThrownBy(() -> scorer.score(s.text(), s.sentence(), new TokenSpan(3, 40)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
