package io.mediamon.lab.nab;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-worked NAB cases. Every file has 100 rows, so probation = min(floor(0.15 * 100), 750) = 15 rows, and one
 * window [40, 49] of width 10. sigma(x) = 2 / (1 + e^(5x)) - 1, sigma(-1) = 2 / (1 + e^-5) - 1 = 0.9866143.
 */
class NabScorerTest {

    private static final List<int[]> ONE_WINDOW = List.of(new int[] {40, 49});

    private static double[] scoresWith(int... detectionRows) {
        double[] s = new double[100];
        for (int r : detectionRows) {
            s[r] = 1.0;
        }
        return s;
    }

    private static NabScorer.FileOutcome standardAt(double[] scores) {
        return NabScorer.scoreFile(new NabScorer.FileInput("f", scores, ONE_WINDOW), NabProfile.STANDARD, 0.5);
    }

    @Test
    void probationIsFifteenPercentCappedAt750() {
        assertThat(NabScorer.probation(100)).isEqualTo(15);
        assertThat(NabScorer.probation(4000)).isEqualTo(600);
        assertThat(NabScorer.probation(15_902)).isEqualTo(750); // floor(2385.3) capped at 0.15 * 5000
    }

    @Test
    void detectionAtLeftEdgeEarnsTheFullReward() {
        // i = L = 40: pos = -(49 - 40 + 1) / 10 = -1, reward = sigma(-1) / sigma(-1) = 1.
        NabScorer.FileOutcome o = standardAt(scoresWith(40));
        assertThat(o.raw()).isCloseTo(1.0, within(1e-12));
        assertThat(o.truePositives()).isEqualTo(1);
        assertThat(o.falsePositives()).isZero();
    }

    @Test
    void detectionAtRightEdgeEarnsAlmostNothing() {
        // i = R = 49: pos = -(49 - 49 + 1) / 10 = -0.1; sigma(-0.1) = 2 / (1 + e^-0.5) - 1 = 2 / 1.6065307 - 1
        // = 0.2449187; reward = 0.2449187 / 0.9866143 = 0.2482415.
        NabScorer.FileOutcome o = standardAt(scoresWith(49));
        assertThat(o.raw()).isCloseTo(0.2482415, within(1e-6));
    }

    @Test
    void onlyTheEarliestDetectionInAWindowCounts() {
        // Rows 45 and 41 both detect: the earliest, 41, counts. pos = -(49 - 41 + 1) / 10 = -0.9,
        // sigma(-0.9) = 2 / (1 + e^-4.5) - 1 = 0.9780261, reward = 0.9780261 / 0.9866143 = 0.9912953.
        NabScorer.FileOutcome o = standardAt(scoresWith(45, 41));
        assertThat(o.raw()).isCloseTo(0.9912953, within(1e-6));
        assertThat(o.truePositives()).isEqualTo(1);
        assertThat(o.falsePositives()).isZero();
    }

    @Test
    void missedWindowCostsFnWeight() {
        // Nothing detected: -fnWeight = -1 (standard), -2 (reward_low_FN).
        double[] none = new double[100];
        assertThat(standardAt(none).raw()).isEqualTo(-1.0);
        assertThat(standardAt(none).falseNegatives()).isEqualTo(1);
        NabScorer.FileOutcome lowFn = NabScorer.scoreFile(new NabScorer.FileInput("f", none, ONE_WINDOW),
                NabProfile.REWARD_LOW_FN, 0.5);
        assertThat(lowFn.raw()).isEqualTo(-2.0);
    }

    @Test
    void falsePositiveBeforeTheFirstWindowCostsTheFullFpWeight() {
        // Row 20 (after probation, before the window): s = -1, so 0.11 * -1 = -0.11; plus the missed window -1.
        NabScorer.FileOutcome o = standardAt(scoresWith(20));
        assertThat(o.raw()).isCloseTo(-1.11, within(1e-12));
        assertThat(o.falsePositives()).isEqualTo(1);
        // reward_low_FP: 0.22 * -1 - 1 = -1.22.
        NabScorer.FileOutcome lowFp = NabScorer.scoreFile(new NabScorer.FileInput("f", scoresWith(20), ONE_WINDOW),
                NabProfile.REWARD_LOW_FP, 0.5);
        assertThat(lowFp.raw()).isCloseTo(-1.22, within(1e-12));
    }

    @Test
    void falsePositiveJustAfterAWindowCostsLittle() {
        // Window hit at its left edge (+1) and a false alarm at row 50: x = |49 - 50| / (10 - 1) = 0.1111111,
        // sigma(0.1111111) = 2 / (1 + e^0.5555556) - 1 = -0.2708471, cost 0.11 * -0.2708471 = -0.0297932.
        NabScorer.FileOutcome o = standardAt(scoresWith(40, 50));
        assertThat(o.raw()).isCloseTo(1.0 - 0.0297932, within(1e-6));
        assertThat(o.falsePositives()).isEqualTo(1);
        // Row 90: x = 41 / 9 = 4.56 > 3, so s = -1 and the cost is the full 0.11.
        assertThat(standardAt(scoresWith(40, 90)).raw()).isCloseTo(1.0 - 0.11, within(1e-12));
    }

    @Test
    void detectionsInProbationAreIgnored() {
        // Row 10 < 15 is probationary: neither a false positive nor anything else; only the miss counts.
        NabScorer.FileOutcome o = standardAt(scoresWith(10));
        assertThat(o.raw()).isEqualTo(-1.0);
        assertThat(o.falsePositives()).isZero();
    }

    @Test
    void sweepFindsTheBestThresholdPerProfileAndNormalises() {
        // Scores: 0.9 at row 45 (in window), 0.8 at row 20 (before the window), 0.7 at row 41 (in window).
        //   threshold 0.9: TP at 45, pos = -0.5, reward = sigma(-0.5) / sigma(-1) = 0.8482836 / 0.9866143 = 0.8597926
        //   threshold 0.8: 0.8597926 - fp
        //   threshold 0.7: TP moves to 41 (0.9912953) and the FP stays: 0.9912953 - fp
        // standard (fp 0.11): 0.8597926 vs 0.7497926 vs 0.8812953 -> threshold 0.7, raw 0.8812953;
        //   null = -1, perfect = +1, normalised = 100 * (0.8812953 + 1) / 2 = 94.0648.
        // reward_low_FP (fp 0.22): 0.8597926 vs 0.7712953 -> threshold 0.9, normalised 100 * 1.8597926 / 2 = 92.9896.
        // reward_low_FN (fn 2): null = -2, perfect = 1, threshold 0.7: 100 * (0.8812953 + 2) / 3 = 96.0432.
        double[] s = new double[100];
        s[45] = 0.9;
        s[20] = 0.8;
        s[41] = 0.7;
        List<NabScorer.FileInput> files = List.of(new NabScorer.FileInput("f", s, ONE_WINDOW));

        NabScorer.ProfileResult std = NabScorer.score(files, NabProfile.STANDARD);
        assertThat(std.threshold()).isEqualTo(0.7);
        assertThat(std.raw()).isCloseTo(0.8812953, within(1e-6));
        assertThat(std.nullRaw()).isEqualTo(-1.0);
        assertThat(std.perfectRaw()).isEqualTo(1.0);
        assertThat(std.normalised()).isCloseTo(94.0648, within(1e-3));

        NabScorer.ProfileResult lowFp = NabScorer.score(files, NabProfile.REWARD_LOW_FP);
        assertThat(lowFp.threshold()).isEqualTo(0.9);
        assertThat(lowFp.normalised()).isCloseTo(92.9896, within(1e-3));

        NabScorer.ProfileResult lowFn = NabScorer.score(files, NabProfile.REWARD_LOW_FN);
        assertThat(lowFn.threshold()).isEqualTo(0.7);
        assertThat(lowFn.normalised()).isCloseTo(96.0432, within(1e-3));
    }

    @Test
    void nullAndPerfectDetectorsScoreZeroAndHundred() {
        List<int[]> windows = List.of(new int[] {20, 29}, new int[] {60, 79});
        double[] perfect = new double[100];
        perfect[20] = 1;
        perfect[60] = 1;
        List<NabScorer.FileInput> files = List.of(new NabScorer.FileInput("p", perfect, windows));
        assertThat(NabScorer.score(files, NabProfile.STANDARD).normalised()).isCloseTo(100.0, within(1e-9));
        List<NabScorer.FileInput> silent = List.of(new NabScorer.FileInput("n", new double[100], windows));
        // All-zero scores: the sweep may only choose "detect everything" (all scores tie) or nothing; nothing wins.
        assertThat(NabScorer.score(silent, NabProfile.STANDARD).normalised()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void sweepAgreesWithBruteForceOverEveryThreshold() {
        Random rnd = new Random(7);
        List<NabScorer.FileInput> files = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            double[] s = new double[300];
            for (int i = 0; i < s.length; i++) {
                s[i] = Math.round(rnd.nextDouble() * 200) / 200.0; // many ties
            }
            files.add(new NabScorer.FileInput("f" + f, s, List.of(new int[] {80 + f * 10, 110 + f * 10},
                    new int[] {200, 219})));
        }
        for (NabProfile p : NabProfile.all()) {
            double best = NabScorer.nullScore(files, p);
            for (NabScorer.FileInput f : files) {
                for (double t : f.scores()) {
                    best = Math.max(best, NabScorer.rawScore(files, p, t));
                }
            }
            assertThat(NabScorer.score(files, p).raw()).as(p.name()).isCloseTo(best, within(1e-9));
        }
    }
}
