package io.mediamon.alert.detect;

/**
 * Parameters of {@link SpikeDetector}. Durations are in hours so that the same values work for 5-minute tweet counts
 * and hourly news counts. {@link #defaults()} is what every series uses.
 *
 * @param levelTauHours      time constant of the deseasonalised level
 * @param dispersionTauHours time constant of the dispersion (variance / mean) estimate
 * @param negativeBinomial   1: variance = mean x (1 + k x mean) with k tracked (negative binomial); 0: variance =
 *                           mean x dispersion
 * @param overdispersion     1: the point tail uses the tracked dispersion (quasi-Poisson / negative binomial); 0: a
 *                           plain Poisson tail, leaving over-dispersion to the likelihood and calibration layers
 * @param expectationCv      relative uncertainty of the expectation itself: the tail that caps the calibrated
 *                           surprise (see absoluteGate) uses variance mean x (1 + expectationCv^2 x mean)
 * @param seasonAlphaMin     smallest per-update learning rate of a seasonal bucket
 * @param seasonConfidence   updates a bucket needs before its factor is trusted half-way
 * @param clipZ              observations above {@code expected + clipZ * sd} are clipped before updating the baseline
 * @param shiftSurprise      per-point surprise (-ln p) above which a point counts as "high" for level-shift detection
 * @param shiftHours         after this long of consecutive high points the baseline adapts without clipping
 * @param shiftTauHours      level time constant while adapting to a shift
 * @param shortTauHours      time constant of the short-term mean of the point surprise
 * @param likelihoodTauHours time constant of the long-run distribution of surprises
 * @param likelihoodWeight   weight of the short-vs-long-term likelihood surprise in the combined surprise
 * @param pointWeight        weight of the per-point surprise in the combined surprise
 * @param calibrationRate    smallest step of the running 90% / 99% quantile trackers of the combined surprise
 *                           (0 disables calibration); the calibrated surprise extrapolates an exponential tail
 *                           through the two quantiles
 * @param calibrationPower   the quantiles are tracked on surprise^calibrationPower (0.5: tail exponential in a
 *                           z-like scale; 1: exponential in the surprise)
 * @param absoluteGate       the calibrated surprise is capped at absoluteGate x the uncalibrated one, so that a
 *                           series whose surprises are all small (sparse, Poisson) cannot alert on rarity alone
 *                           (0: no cap)
 * @param extremeTauHours    decay time of the running maximum of the combined surprise
 * @param extremePower       combined surprise is multiplied by (combined / running maximum)^extremePower
 * @param scoreHalf          combined surprise that maps to score 0.5 ({@code score = s / (s + scoreHalf)})
 * @param alertScore         score at or above which an observation is flagged anomalous (at sensitivity 1)
 * @param quietHours         after an alert, scores are damped for this long
 * @param quietPower         shape of the damping ramp: score x (elapsed / quietHours)^quietPower
 * @param barTauHours        after an alert its surprise becomes a bar that decays with this time constant (0: off)
 * @param barPower           scores are multiplied by min(1, surprise / bar)^barPower
 * @param warmupHours        scores ramp up linearly over this much history
 * @param minExpected        floor of the expected count
 */
public record DetectorParams(
        double levelTauHours,
        double dispersionTauHours,
        double negativeBinomial,
        double overdispersion,
        double expectationCv,
        double seasonAlphaMin,
        double seasonConfidence,
        double clipZ,
        double shiftSurprise,
        double shiftHours,
        double shiftTauHours,
        double shortTauHours,
        double likelihoodTauHours,
        double likelihoodWeight,
        double pointWeight,
        double calibrationRate,
        double calibrationPower,
        double absoluteGate,
        double extremeTauHours,
        double extremePower,
        double scoreHalf,
        double alertScore,
        double quietHours,
        double quietPower,
        double barTauHours,
        double barPower,
        double warmupHours,
        double minExpected) {

    public static DetectorParams defaults() {
        return new DetectorParams(
                9.6,    // levelTauHours
                48.0,   // dispersionTauHours
                0.0,    // negativeBinomial
                0.0,    // overdispersion
                0.1,    // expectationCv
                0.048,  // seasonAlphaMin
                4.0,    // seasonConfidence
                3.0,    // clipZ
                6.0,    // shiftSurprise
                4.0,    // shiftHours
                2.0,    // shiftTauHours
                1.45,   // shortTauHours
                217.0,  // likelihoodTauHours
                1.0,    // likelihoodWeight
                0.0,    // pointWeight
                0.042,  // calibrationRate
                1.0,    // calibrationPower
                1.2,    // absoluteGate
                168.0,  // extremeTauHours
                0.0,    // extremePower
                10.0,   // scoreHalf
                0.51,   // alertScore
                42.0,   // quietHours
                1.0,    // quietPower
                0.0,    // barTauHours
                2.0,    // barPower
                24.0,   // warmupHours
                0.05);  // minExpected
    }
}
