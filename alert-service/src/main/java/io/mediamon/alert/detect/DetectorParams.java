package io.mediamon.alert.detect;

/**
 * Parameters of {@link SpikeDetector}. Durations are in hours so that the same values work for 5-minute tweet counts
 * and hourly news counts. {@link #defaults()} is what every series uses (tuned once on NAB realTweets and checked on
 * the sparse-spike evaluation in the lab module; never per series).
 *
 * @param levelTauHours      time constant of the deseasonalised level
 * @param dispersionTauHours time constant of the dispersion (variance / mean) estimate, used for clipping and for
 *                           the standardised deviation shown to users
 * @param expectationCv      relative uncertainty of the expectation itself: the cautious count tail that caps the
 *                           calibrated surprise uses variance mean x (1 + expectationCv^2 x mean)
 * @param seasonAlphaMin     smallest per-update learning rate of a seasonal bucket
 * @param seasonConfidence   updates a bucket needs before its factor is trusted half-way
 * @param clipZ              observations above {@code expected + clipZ * sd} are clipped before updating the baseline
 * @param shiftSurprise      point surprise (-ln p) above which a point counts as "high" for level-shift detection
 * @param shiftHours         after this long of consecutive high points the baseline adapts without clipping
 * @param shiftTauHours      level time constant while adapting to a shift
 * @param shortTauHours      time constant of the short-term mean of the point surprise
 * @param likelihoodTauHours time constant of the long-run mean and variance of that short-term mean
 * @param calibrationRate    smallest step of the running 90% / 99% quantile trackers of the likelihood surprise;
 *                           the calibrated surprise extrapolates an exponential tail through the two quantiles
 * @param absoluteGate       the calibrated surprise is capped at absoluteGate x the cautious count-tail surprise, so
 *                           that a series whose surprises are all small (sparse, Poisson) cannot alert on rarity alone
 * @param scoreHalf          surprise that maps to score 0.5 ({@code score = s / (s + scoreHalf)})
 * @param alertScore         score at or above which an observation is flagged anomalous
 * @param quietHours         after an alert, scores are damped for this long
 * @param quietPower         shape of the damping ramp: score x (elapsed / quietHours)^quietPower
 * @param warmupHours        scores ramp up linearly over this much history
 * @param minExpected        floor of the expected count
 */
public record DetectorParams(
        double levelTauHours,
        double dispersionTauHours,
        double expectationCv,
        double seasonAlphaMin,
        double seasonConfidence,
        double clipZ,
        double shiftSurprise,
        double shiftHours,
        double shiftTauHours,
        double shortTauHours,
        double likelihoodTauHours,
        double calibrationRate,
        double absoluteGate,
        double scoreHalf,
        double alertScore,
        double quietHours,
        double quietPower,
        double warmupHours,
        double minExpected) {

    public static DetectorParams defaults() {
        return new DetectorParams(
                9.6,    // levelTauHours
                48.0,   // dispersionTauHours
                0.1,    // expectationCv
                0.048,  // seasonAlphaMin
                4.0,    // seasonConfidence
                3.0,    // clipZ
                6.0,    // shiftSurprise
                4.0,    // shiftHours
                2.0,    // shiftTauHours
                1.45,   // shortTauHours
                217.0,  // likelihoodTauHours
                0.042,  // calibrationRate
                1.2,    // absoluteGate
                10.0,   // scoreHalf
                0.51,   // alertScore
                42.0,   // quietHours
                1.0,    // quietPower
                24.0,   // warmupHours
                0.05);  // minExpected
    }
}
