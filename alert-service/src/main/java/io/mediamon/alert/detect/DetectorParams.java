package io.mediamon.alert.detect;

/**
 * Parameters of {@link SpikeDetector}. Durations are in hours so that the same values work for 5-minute tweet counts
 * and hourly news counts. {@link #defaults()} is what every series uses (tuned once, by coordinate search on the whole
 * 58-file NAB corpus, and checked on the sparse-spike evaluation in the lab module; never per series or category).
 *
 * @param levelTauHours      time constant of the deseasonalised level
 * @param levelEvents        counts only: the level remembers at least this many events (its time constant grows to
 *                           levelEvents / rate for sparse series), so that a few stories do not swing the expectation
 * @param dispersionTauHours time constant of the residual variance and of the dispersion (variance / mean) of
 *                           counts, used for the point surprise, for clipping and for the deviation shown to users
 * @param expectationCv      relative uncertainty of the expectation itself: the cautious count tail that caps the
 *                           calibrated surprise uses variance mean x (1 + expectationCv^2 x mean)
 * @param expectationSe      counts only: the cautious tail takes the expectation this many of its own standard errors
 *                           (sqrt(level x seasonAlphaMin)) higher, so a sparse series' under-estimated quiet hour
 *                           does not turn a stray story into an alert
 * @param seasonAlphaMin     smallest per-update learning rate of a seasonal bucket
 * @param seasonConfidence   updates a bucket needs before its factor is trusted half-way
 * @param clipZ              observations above {@code expected + clipZ * sd} are clipped before updating the baseline
 * @param shiftSurprise      point surprise (-ln p) above which a point counts as "high" for level-shift detection
 * @param shiftHours         after this long of consecutive high points the baseline adapts without clipping
 * @param shiftTauHours      level time constant while adapting to a shift
 * @param shortTauHours      time constant of the short-term mean of the point surprise
 * @param likelihoodTauHours time constant of the long-run mean and variance of that short-term mean
 * @param calibrationPoints  memory (in entries: observations, or blocks for counts) of the histogram of recent
 *                           likelihood surprises; the calibrated
 *                           surprise is -ln of the share of them at least as large
 * @param calibrationBlockHours counts only: the histogram takes one entry per block of this many hours, the block's
 *                           largest likelihood surprise (calibrationPoints then counts blocks), so that a series counted
 *                           every 5 minutes is judged against its hours as an hourly one is, not against 12 times as
 *                           many points (0 keeps one entry per observation)
 * @param tailSlope          beyond the largest likelihood surprise the histogram still remembers, each further nat of
 *                           raw surprise adds this many nats of rarity (the histogram alone saturates at
 *                           ln(calibrationPoints), so a huge event would score no higher than a merely rare one)
 * @param absoluteGate       the calibrated surprise is capped at absoluteGate x the cautious count-tail surprise, so
 *                           that a series whose surprises are all small (sparse, Poisson) cannot alert on rarity alone
 * @param gateOffset         nats of cautious surprise that do not count towards the gate: the cap is
 *                           absoluteGate x (cautious surprise - gateOffset), so a value must be absolutely unlikely,
 *                           not just the rarest of a quiet stretch
 * @param pairPenalty      nats subtracted from the cautious surprise of two consecutive intervals taken together
 *                           (for the second look), before it may stand in for the single interval's
 * @param gateLevelShare     counts only: for a rise, the gate's cautious surprise takes the expectation no lower than
 *                           this share of the level (the deseasonalised mean), so that a few events in a quiet hour
 *                           whose profile sank far below the series' typical hour are not absolutely unlikely
 *                           (0 turns it off)
 * @param extremeTolerance   a value beyond the range seen so far by more than this share of the range is a new
 *                           extreme (after Numenta's spatial-anomaly check)
 * @param rangeTauHours      time constant with which that range contracts towards the current level
 * @param extremeSurprise    the surprise a new extreme has at least (0 turns the check off)
 * @param localTauHours      time constant with which a second, short-memory range contracts towards the level (the
 *                           recent range, about the last few days; checked only once the series is that old)
 * @param localExtremeBonus  nats added to the surprise of a measurement beyond that recent range by more than
 *                           {@code extremeTolerance} of it (0 turns the check off; counts never get it): a rise that
 *                           is large for the last few days though small beside an old spike still gets a push, never
 *                           an alert alone
 * @param scoreHalf          surprise that maps to score 0.5 ({@code score = s / (s + scoreHalf)})
 * @param alertScore         score at or above which an observation is flagged anomalous
 * @param quietHours         after an alert, scores are damped for this long
 * @param quietPower         shape of the damping ramp: score x (elapsed / quietHours)^quietPower
 * @param recurrenceDamp   measurements only: a score is multiplied by this when it comes within
 *                           recurrenceToleranceHours of the time of day of the last candidate alert (score before
 *                           damping at the alert score), 12 h to recurrenceDays earlier: a daily job is routine;
 *                           below alertScore, so that a repeat never alerts on its own
 * @param recurrenceToleranceHours how close to the same time of day counts as recurring
 * @param recurrenceDays     how many days back a candidate can make a later one recurring
 * @param repeatTolerance    measurements only: a score is also multiplied by recurrenceDamp when the value comes
 *                           within this share of the range seen of that candidate's value (the series was there lately)
 * @param warmupHours        scores ramp up linearly over this much history
 * @param minExpected        floor of the expected count
 * @param relativeFloor      noise floor of a measurement series (not counts), relative to its typical magnitude
 * @param measurementDispersion an integer series whose dispersion (variance / mean around the expectation) exceeds
 *                           this after warm-up is taken as a measurement from then on: counts of independent events
 *                           stay within a few times Poisson (tweets and news mentions here up to about 15), while
 *                           integer travel times, taxi or request totals run at 20 to 3,000 times their mean
 * @param driftAllowance     measurements only: deviations (in standard deviations of the residual) that a point may
 *                           stray from the expectation without adding to the drift sums, one-sided cumulative sums
 *                           (CUSUM) of the clipped standardised residual, weighted by the hours each point covers
 * @param driftThreshold     deviation-hours a drift sum must exceed before it adds to the surprise
 * @param driftSlope         nats of surprise per deviation-hour of drift sum beyond driftThreshold
 * @param driftTauHours      time constant with which the drift sums forget (so that a sum is about the last day)
 * @param direction          rises, drops or both
 */
public record DetectorParams(
        double levelTauHours,
        double levelEvents,
        double dispersionTauHours,
        double expectationCv,
        double expectationSe,
        double seasonAlphaMin,
        double seasonConfidence,
        double clipZ,
        double shiftSurprise,
        double shiftHours,
        double shiftTauHours,
        double shortTauHours,
        double likelihoodTauHours,
        double calibrationPoints,
        double calibrationBlockHours,
        double tailSlope,
        double absoluteGate,
        double gateOffset,
        double pairPenalty,
        double gateLevelShare,
        double extremeTolerance,
        double rangeTauHours,
        double extremeSurprise,
        double localTauHours,
        double localExtremeBonus,
        double scoreHalf,
        double alertScore,
        double quietHours,
        double quietPower,
        double recurrenceDamp,
        double recurrenceToleranceHours,
        double recurrenceDays,
        double repeatTolerance,
        double warmupHours,
        double minExpected,
        double relativeFloor,
        double measurementDispersion,
        double driftAllowance,
        double driftThreshold,
        double driftSlope,
        double driftTauHours,
        Direction direction) {

    public static DetectorParams defaults() {
        return new DetectorParams(
                6.0,    // levelTauHours
                80.0,   // levelEvents
                76.8,   // dispersionTauHours
                0.1,    // expectationCv
                0.3,    // expectationSe
                0.048,  // seasonAlphaMin
                6.4,    // seasonConfidence
                1.875,  // clipZ
                15.36,  // shiftSurprise
                8.0,    // shiftHours
                2.0,    // shiftTauHours
                2.32,   // shortTauHours
                347.2,  // likelihoodTauHours
                781.0,  // calibrationPoints
                2.0,    // calibrationBlockHours
                0.5,    // tailSlope
                0.8,    // absoluteGate
                3.5,    // gateOffset
                0.7,    // pairPenalty
                0.5,    // gateLevelShare
                0.1,    // extremeTolerance
                2000.0, // rangeTauHours
                4.0,    // extremeSurprise
                100.0,  // localTauHours
                0.25,   // localExtremeBonus
                3.0,    // scoreHalf
                0.51,   // alertScore
                21.0,   // quietHours
                1.0,    // quietPower
                0.5,    // recurrenceDamp
                0.5,    // recurrenceToleranceHours
                3.5,    // recurrenceDays
                0.1,    // repeatTolerance
                24.0,   // warmupHours
                0.05,   // minExpected
                0.0256, // relativeFloor
                20.0,   // measurementDispersion
                0.7,    // driftAllowance
                5.5,    // driftThreshold
                0.3,    // driftSlope
                24.0,   // driftTauHours
                Direction.UP);
    }

    /** The same parameters watching {@code d}. */
    public DetectorParams withDirection(Direction d) {
        return new DetectorParams(levelTauHours, levelEvents, dispersionTauHours, expectationCv, expectationSe, seasonAlphaMin, seasonConfidence,
                clipZ, shiftSurprise, shiftHours, shiftTauHours, shortTauHours, likelihoodTauHours, calibrationPoints, calibrationBlockHours,
                tailSlope, absoluteGate, gateOffset, pairPenalty, gateLevelShare, extremeTolerance, rangeTauHours, extremeSurprise, localTauHours, localExtremeBonus, scoreHalf, alertScore, quietHours, quietPower, recurrenceDamp, recurrenceToleranceHours, recurrenceDays, repeatTolerance, warmupHours, minExpected, relativeFloor, measurementDispersion, driftAllowance, driftThreshold, driftSlope, driftTauHours, d);
    }
}
