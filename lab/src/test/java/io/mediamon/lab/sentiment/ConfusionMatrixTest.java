package io.mediamon.lab.sentiment;

import static io.mediamon.common.event.SentimentLabel.NEGATIVE;
import static io.mediamon.common.event.SentimentLabel.NEUTRAL;
import static io.mediamon.common.event.SentimentLabel.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mediamon.common.event.SentimentLabel;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void shouldComputePerClassAndMacroScores() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add(NEGATIVE, NEGATIVE);
        m.add(NEGATIVE, NEGATIVE);
        m.add(NEGATIVE, NEUTRAL);
        m.add(NEUTRAL, NEUTRAL);
        m.add(POSITIVE, NEGATIVE);
        m.add(POSITIVE, POSITIVE);

        assertThat(m.total()).isEqualTo(6);
        assertThat(m.accuracy()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(m.precision(NEGATIVE)).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.recall(NEGATIVE)).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.f1(NEUTRAL)).isCloseTo(2 * 0.5 * 1.0 / 1.5, within(1e-9));
        assertThat(m.f1(POSITIVE)).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
        assertThat(m.macroF1()).isCloseTo((2.0 / 3 + 2.0 / 3 + 2.0 / 3) / 3, within(1e-9));
    }

    @Test
    void shouldScoreZeroForAClassNeverPredicted() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add(POSITIVE, NEUTRAL);
        assertThat(m.f1(POSITIVE)).isZero();
        assertThat(m.render()).contains("gold\\pred", "precision");
    }
}
