package io.mediamon.alert.detect;

/**
 * Parameters of {@link SpikeDetector}. Durations are in hours so that the same values work for 5-minute tweet counts
 * and hourly news counts. {@link #defaults()} is what every series uses.
 *
 * @param levelTauHours      time constant of the deseasonalised level
 * @param dispersionTauHours time constant of the dispersion (variance / mean) estimate
 * @param seasonAlphaMin     smallest per-update learning rate of a seasonal bucket
 * @param seasonConfidence   updates a bucket needs before its factor is trusted half-way
 * @param clipZ              observations above {@code expected + clipZ * sd} are clipped before updating the baseline
 * @param shiftSurprise      per-point surprise (-ln p) above which a point counts as "high" for level-shift detection
 * @param shiftHours         after this long of consecutive high points the baseline adapts without clipping
 * @param shiftTauHours      level time constant while adapting to a shift
 * @param likelihoodTauHours time constant of the long-run distribution of surprises
 * @param likelihoodWeight   weight of the short-vs-long-term likelihood surprise in the combined surprise
 * @param scoreHalf          combined surprise that maps to score 0.5 ({@code score = s / (s + scoreHalf)})
 * @param alertScore         score at or above which an observation is flagged anomalous (at sensitivity 1)
 * @param quietHours         after an alert, scores are damped for this long
 * @param warmupHours        scores ramp up linearly over this much history
 * @param minExpected        floor of the expected count
 */
public record DetectorParams(
        double levelTauHours,
        double dispersionTauHours,
        double seasonAlphaMin,
        double seasonConfidence,
        double clipZ,
        double shiftSurprise,
        double shiftHours,
        double shiftTauHours,
        double likelihoodTauHours,
        double likelihoodWeight,
        double scoreHalf,
        double alertScore,
        double quietHours,
        double warmupHours,
        double minExpected) {

    public static DetectorParams defaults() {
        return new DetectorParams(
                12.0,   // levelTauHours
                48.0,   // dispersionTauHours
                0.05,   // seasonAlphaMin
                4.0,    // seasonConfidence
                3.0,    // clipZ
                4.0,    // shiftSurprise
                4.0,    // shiftHours
                2.0,    // shiftTauHours
                168.0,  // likelihoodTauHours
                1.0,    // likelihoodWeight
                10.0,   // scoreHalf
                0.6,    // alertScore
                24.0,   // quietHours
                24.0,   // warmupHours
                0.05);  // minExpected
    }
}
