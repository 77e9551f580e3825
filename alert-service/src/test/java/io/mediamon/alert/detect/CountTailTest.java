package io.mediamon.alert.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CountTailTest {

    @Test
    void poissonUpperTailMatchesDirectSums() {
        // P(X >= 3 | mean 0.5) = 1 - e^-0.5 (1 + 0.5 + 0.125) = 1 - 0.6065307 * 1.625 = 0.0143877.
        assertThat(Math.exp(CountTail.logUpperTail(3, 0.5, 1.0))).isCloseTo(0.0143877, within(1e-6));
        // P(X >= 1 | mean 2) = 1 - e^-2 = 0.8646647 (continued-fraction branch).
        assertThat(Math.exp(CountTail.logUpperTail(1, 2.0, 1.0))).isCloseTo(0.8646647, within(1e-6));
        // P(X >= 10 | mean 10) = 1 - sum_{k<10} e^-10 10^k / k! = 0.5420703.
        assertThat(Math.exp(CountTail.logUpperTail(10, 10.0, 1.0))).isCloseTo(0.5420703, within(1e-6));
        assertThat(CountTail.logUpperTail(0, 3.0, 1.0)).isZero();
    }

    @Test
    void farTailDoesNotUnderflow() {
        // P(X >= 200 | mean 1) ~ e^-1 / 200! : ln = -1 - ln(200!) = -1 - 863.2320 = -864.23.
        assertThat(CountTail.logUpperTail(200, 1.0, 1.0)).isCloseTo(-864.23, within(0.01));
    }

    @Test
    void logGammaMatchesFactorials() {
        assertThat(CountTail.logGamma(1.0)).isCloseTo(0.0, within(1e-12));
        assertThat(CountTail.logGamma(5.0)).isCloseTo(Math.log(24.0), within(1e-12));
        assertThat(CountTail.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
    }

    @Test
    void normalTail() {
        assertThat(Math.exp(NormalTail.logUpper(0.0))).isCloseTo(0.5, within(1e-6));
        assertThat(Math.exp(NormalTail.logUpper(1.96))).isCloseTo(0.0249979, within(1e-6));
        assertThat(Math.exp(NormalTail.logUpper(-1.0))).isCloseTo(0.8413447, within(1e-6));
        // Q(10) = 7.6198530e-24.
        assertThat(NormalTail.logUpper(10.0)).isCloseTo(Math.log(7.6198530e-24), within(1e-6));
    }
}
