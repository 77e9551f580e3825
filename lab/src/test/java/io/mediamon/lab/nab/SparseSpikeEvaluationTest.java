package io.mediamon.lab.nab;

import io.mediamon.alert.detect.DetectorParams;
import io.mediamon.alert.detect.SpikeDetector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparseSpikeEvaluationTest {

    private final SpikeDetector detector = new SpikeDetector(DetectorParams.defaults());

    @Test
    void findsInjectedSpikesInSparsePoissonCounts() {
        // One fixed-seed series at 5 mentions/h (daily and weekly cycle), 10 weeks, a 1-2 h spike every 60-180 h
        // adding Poisson(15) mentions per hour.
        SparseSpikeEvaluation.Series series = SparseSpikeEvaluation.generate(5.0, 12345L);
        SparseSpikeEvaluation.Result r = SparseSpikeEvaluation.evaluate(detector, series);
        System.out.printf("sparse series: spikes %d found %d alerts %d false %d precision %.3f recall %.3f%n",
                r.spikes(), r.found(), r.alerts(), r.falseAlarms(), r.precision(), r.recall());
        assertThat(r.spikes()).isGreaterThanOrEqualTo(8);
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.precision()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void sparseEvaluationOverAllRatesMeetsTheTarget() {
        // The target: recall at least 0.8 with at most 0.5 false alarms per 1,000 hours.
        SparseSpikeEvaluation.Result r = SparseSpikeEvaluation.run(System.out);
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(r.falseAlarmsPer1000()).isLessThanOrEqualTo(0.5);
    }
}
