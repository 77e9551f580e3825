package io.mediamon.alert.detect;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Online, causal anomaly detector for one series: counts (hourly news mentions, 5-minute tweet volumes) or
 * measurements (any real value). One parameter set serves every series.
 *
 * <p>Per observation, in O(1) time and with fixed-size state ({@link DetectorState}):
 * <ol>
 *   <li>expected value = level + blended hour-of-day / hour-of-week offset (additive, so it also works for
 *       measurements that go negative);</li>
 *   <li>point surprise = -ln p of the value in the watched {@link Direction}: the quasi-Poisson tail for counts
 *       below 50 expected (sparse counts are judged by what a count can do, not by a Gaussian z), a normal tail with
 *       the residual variance otherwise;</li>
 *   <li>likelihood surprise = normal tail of the short-term (exponentially weighted) mean point surprise against
 *       its long-run mean and variance (short-term vs long-term, after Numenta's anomaly likelihood);</li>
 *   <li>calibration: that surprise is re-expressed as rarity, -ln of the share of this series' recent likelihood
 *       surprises (a forgetting histogram over about {@code calibrationPoints} entries: one per observation for
 *       measurements, for counts one per {@code calibrationBlockHours}, that block's largest, so a burst is rare among
 *       hours whether the series is counted every 5 minutes or every hour) at least as large; it
 *       is capped by {@code absoluteGate x (cautious surprise - gateOffset)}, the point surprise with some
 *       uncertainty in the expectation itself (for counts against no less than {@code gateLevelShare} of the level
 *       for a rise), so that a series cannot alert on relative rarity alone; beyond the
 *       largest surprise the histogram remembers, rarity grows with the raw surprise ({@code tailSlope}), so a huge
 *       event scores above a merely rare one;</li>
 *   <li>new extreme: a value beyond the range seen so far (which contracts slowly towards the level) by more than
 *       {@code extremeTolerance} of it has surprise at least {@code extremeSurprise} (after the spatial-anomaly
 *       check of Numenta's NAB detector); for counts it is also held to the absolute gate, and sparse counts
 *       (below 3 expected) are judged by their exact tail alone;</li>
 *   <li>recent extreme: a measurement beyond a second range with a short memory ({@code localTauHours}) by more
 *       than {@code extremeTolerance} of it has {@code localExtremeBonus} added to its surprise (never an alert by
 *       itself; counts are left alone);</li>
 *   <li>drift: for measurements, forgetting one-sided cumulative sums (CUSUM, over about {@code driftTauHours}) of
 *       the standardised residual beyond {@code driftAllowance}, in deviation-hours; a sum beyond
 *       {@code driftThreshold} gives {@code driftSlope} nats per deviation-hour, so a slow drift that no single point
 *       shows still alerts (counts are left alone);</li>
 *   <li>sparse counts (below {@code PAIR_BELOW} expected) are also judged over this interval and the one before
 *       together, so a rise spread over two hours counts as one (the pair's cautious surprise, less
 *       {@code pairPenalty}, may stand in for the single interval's in the gate);</li>
 *   <li>score = s / (s + scoreHalf) of sensitivity x surprise, damped for {@code quietHours} after an alert so that
 *       one event raises one alert; for measurements, also damped ({@code recurrenceDamp}) when it repeats the last
 *       candidate alert of the past {@code recurrenceDays}, at its time of day or at its value (a nightly job, a
 *       level the series visited lately);</li>
 *   <li>the baseline is updated with the value clipped near the expectation, unless the series has stayed on one
 *       side of it for {@code shiftHours}: then it is taken as a level shift (up or down) and the level adapts
 *       quickly, the hour profiles being left alone meanwhile. For counts the level's memory holds at least
 *       {@code levelEvents} events, so a sparse series' expectation is not swung by a few stories. Gaps are bridged
 *       by time-based forgetting.</li>
 * </ol>
 */
public final class SpikeDetector {

    /** Below this expected count the exact quasi-Poisson tail is used; above it the normal tail. */
    private static final double POISSON_BELOW = 50.0;
    /** Observations before which nothing is clipped (the noise scale is still unknown). */
    private static final long LEARN_POINTS = 12;
    private static final double LN2 = Math.log(2.0);
    /** Count-tail surprise (nats) at which a still-open interval scores 0.5. */
    private static final double PARTIAL_HALF_NATS = 10.0;
    /** Expected counts below this are sparse: judged by the quasi-Poisson variance and tail. */
    private static final double SPARSE_BELOW = 3.0;
    /** Counts above the expectation by less than this (plus clipZ deviations) are never clipped. */
    private static final double COUNT_CLIP_MARGIN = 2.0;
    /** Resolution of the rarity histogram: bins are uniform in sqrt(surprise). */
    private static final double BINS_PER_ROOT_NAT = 8.0;

    /**
     * Expected counts below this also get the two-interval test: there one interval's count is too coarse to show a
     * rise that a busier series would show at once.
     */
    private static final double PAIR_BELOW = 5.0;

    /** Upper bound of the level's time constant however sparse the counts. */
    private static final double MAX_LEVEL_TAU_HOURS = 168.0;

    /** Standardised residuals are clipped at this many deviations before they enter the drift sums. */
    private static final double MAX_DRIFT_Z = 4.0;

    /** Histogram weight below which a bin counts as forgotten (for the tail extrapolation). */
    private static final double REMEMBERED = 0.1;

    private final DetectorParams p;

    public SpikeDetector(DetectorParams params) {
        this.p = params;
    }

    public SpikeDetector() {
        this(DetectorParams.defaults());
    }

    public DetectorParams params() {
        return p;
    }

    public DetectorState initial() {
        return new DetectorState();
    }

    /** Scores {@code value} observed at {@code t}, then folds it into {@code s} (mutated in place). */
    public Detection observe(DetectorState s, Instant t, double value) {
        return observe(s, t, value, 1.0);
    }

    /**
     * As {@link #observe(DetectorState, Instant, double)} with a sensitivity multiplier (0.5 to 3; 1 is the default):
     * the surprise is multiplied by it before it is mapped to a score.
     */
    public Detection observe(DetectorState s, Instant t, double value, double sensitivity) {
        ZonedDateTime utc = t.atZone(ZoneOffset.UTC);
        Step step = step(s, t.getEpochSecond(), utc, value, sensitivity);
        String reason = reason(utc, value, step.expected(), step.deviation(), step.cautious(), !s.continuous);
        return new Detection(step.score(), step.score() >= p.alertScore(), step.expected(), step.deviation(), reason);
    }

    /**
     * As {@link #observe(DetectorState, Instant, double)} but returns only the score, without building the
     * human-readable reason (for benchmarks that score hundreds of thousands of points).
     */
    public double score(DetectorState s, Instant t, double value) {
        return step(s, t.getEpochSecond(), t.atZone(ZoneOffset.UTC), value, 1.0).score();
    }

    /** What one observation gave, before it is dressed as a {@link Detection}. */
    private record Step(double score, double expected, double deviation, double cautious) {
    }

    private Step step(DetectorState s, long now, ZonedDateTime utc, double value, double sensitivity) {
        if (s.count == 0) {
            s.firstEpochSecond = now;
            s.lastEpochSecond = now;
            s.level = value;
            s.magnitude = Math.abs(value);
        }
        if (value < 0 || value != Math.rint(value)
                || (s.dispersion > p.measurementDispersion() && now - s.firstEpochSecond >= p.warmupHours() * 3600.0)) {
            s.continuous = true;
        }
        double dtHours = Math.min(Math.max((now - s.lastEpochSecond) / 3600.0, 0.0), 168.0);
        int day = utc.getHour();
        int week = (utc.getDayOfWeek().getValue() - 1) * 24 + day;
        double seasonal = seasonalOffset(s, week, day);
        double mu = expectation(s, seasonal);
        double sd = Math.sqrt(noiseVariance(s, mu));
        double z = (value - mu) / sd;
        double pointSurprise = pointSurprise(s, value, mu, sd, 0.0);

        // Short-term mean surprise against its own long-run distribution (anomaly likelihood) ...
        double aShort = s.count == 0 ? 1.0 : 1.0 - Math.exp(-dtHours / p.shortTauHours());
        s.recentSurprise += aShort * (pointSurprise - s.recentSurprise);
        double shortMean = s.recentSurprise;
        double likelihoodZ = (shortMean - s.surpriseMean) / Math.sqrt(Math.max(s.surpriseVar, 1e-6));
        double likelihoodSurprise = -NormalTail.logUpper(likelihoodZ);
        // ... calibrated against this series' own history, but never beyond what the values themselves support.
        double calibrated = calibrate(s, now, Math.max(likelihoodSurprise, 0.0));
        double cautious = pointSurprise(s, value, cautiousExpectation(s, mu), sd, p.expectationCv());
        cautious = Math.max(cautious, pairSurprise(s, value, mu, sd) - p.pairPenalty());
        double gate = p.absoluteGate() * Math.max(0.0, levelGated(s, value, mu, sd, cautious) - p.gateOffset());
        double surprise = Math.min(calibrated, gate);

        double extreme = extreme(s, value, dtHours);
        if (!s.continuous) {
            // A count must also be absolutely unlikely (sparse counts are judged by their exact tail alone: a quiet
            // series' range is made of a few stray stories).
            extreme = sparse(s, mu) ? 0.0 : Math.min(extreme, gate);
        }
        // A measurement beyond its recent range gets a little on top (counts are left alone: on the tweets it only
        // traded false alarms, and a news count's bursts are judged by their tails).
        double local = localExtreme(s, value, dtHours);
        if (!s.continuous) {
            local = 0.0;
        }
        surprise = Math.max(surprise, extreme) + local;
        // A measurement that keeps straying a little the same way adds up (a slow drift the clipped baseline follows
        // too slowly to absorb, and that no single point shows).
        surprise = Math.max(surprise, drift(s, z, dtHours));
        double warm = Math.min(1.0, (now - s.firstEpochSecond) / 3600.0 / p.warmupHours());
        double effective = surprise * warm * sensitivity;
        double undamped = effective / (effective + p.scoreHalf());
        double score = undamped * quietFactor(s, now) * recurrenceFactor(s, now, value);
        if (undamped >= p.alertScore()) {
            s.candidateAt = now;
            s.candidateValue = value;
        }
        boolean anomalous = score >= p.alertScore();
        if (anomalous) {
            s.quietFrom = now;
        }

        // A level shift is a shift whichever way it goes, even in a direction that is not reported.
        double shiftSurprise = p.direction() == Direction.BOTH ? pointSurprise
                : pointSurprise(s, value, mu, sd, 0.0, Direction.BOTH);
        update(s, now, dtHours, value, mu, sd, seasonal, week, day, shiftSurprise, shortMean);
        s.previousValue = value;
        s.previousExpected = mu;
        return new Step(score, mu, z, cautious);
    }

    /**
     * Scores a still-open interval: {@code countSoFar} observed with {@code fractionElapsed} (0..1] of the interval
     * gone. The expectation is scaled by the elapsed fraction. The state is NOT modified.
     */
    public Detection observePartial(DetectorState s, Instant t, double countSoFar, double fractionElapsed) {
        return observePartial(s, t, countSoFar, fractionElapsed, 1.0);
    }

    public Detection observePartial(DetectorState s, Instant t, double countSoFar, double fractionElapsed,
                                    double sensitivity) {
        double fraction = Math.min(Math.max(fractionElapsed, 1e-3), 1.0);
        ZonedDateTime utc = t.atZone(ZoneOffset.UTC);
        int day = utc.getHour();
        int week = (utc.getDayOfWeek().getValue() - 1) * 24 + day;
        double muFull = s.count == 0 ? p.minExpected() : expectation(s, seasonalOffset(s, week, day));
        double mu = Math.max(muFull * fraction, 1e-9);
        double phi = Math.max(1.0, s.dispersion);
        double z = (countSoFar - mu) / Math.sqrt(phi * mu);
        // A partial interval can only show a rise (a drop is judged when the interval closes).
        double surprise = p.direction().up() ? cautiousCountSurprise(countSoFar, mu) : 0.0;
        double warm = s.count == 0 ? 0.0
                : Math.min(1.0, (t.getEpochSecond() - s.firstEpochSecond) / 3600.0 / p.warmupHours());
        // An open interval has no calibrated history of its own: its raw count tail must reach PARTIAL_HALF_NATS to
        // score 0.5 (p of about 5e-5), a stricter bar than a closed interval's calibrated rarity.
        double effective = surprise * warm * sensitivity * p.scoreHalf() / PARTIAL_HALF_NATS;
        double score = effective / (effective + p.scoreHalf()) * quietFactor(s, t.getEpochSecond());
        String reason = reason(utc, countSoFar, mu, z, surprise, true)
                + String.format(Locale.ROOT, " after %.0f%% of the interval", 100 * fraction);
        return new Detection(score, score >= p.alertScore(), mu, z, reason);
    }

    /** Expected value at {@code t} given the current state. */
    public double expected(DetectorState s, Instant t) {
        ZonedDateTime utc = t.atZone(ZoneOffset.UTC);
        int day = utc.getHour();
        int week = (utc.getDayOfWeek().getValue() - 1) * 24 + day;
        return expectation(s, seasonalOffset(s, week, day));
    }

    private double expectation(DetectorState s, double seasonal) {
        double mu = s.level + seasonal;
        return s.continuous ? mu : Math.max(mu, p.minExpected());
    }

    /**
     * Variance of a new value around the expectation: the residual variance plus a floor relative to the series'
     * magnitude (so that a flat series does not treat rounding noise as news). Sparse counts (expectation below
     * {@code SPARSE_BELOW}) use the quasi-Poisson variance, dispersion x mean, instead: there the residual variance
     * of the busier hours would overstate the noise of the quiet ones.
     */
    private static boolean sparse(DetectorState s, double mu) {
        return !s.continuous && mu < SPARSE_BELOW;
    }

    private double noiseVariance(DetectorState s, double mu) {
        if (sparse(s, mu)) {
            return Math.max(1.0, s.dispersion) * Math.max(mu, p.minExpected());
        }
        double floor = p.relativeFloor() * s.magnitude + 1e-9;
        return s.variance + floor * floor;
    }

    /**
     * Surprise (-ln p) of {@code value} in the watched direction(s). Sparse counts use the quasi-Poisson tail;
     * larger counts and measurements a normal tail. {@code cv} widens the expectation's own uncertainty (the
     * cautious variant).
     */
    private double pointSurprise(DetectorState s, double value, double mu, double sd, double cv) {
        return pointSurprise(s, value, mu, sd, cv, p.direction());
    }

    private double pointSurprise(DetectorState s, double value, double mu, double sd, double cv, Direction dir) {
        double up = 0.0;
        double down = 0.0;
        double spread = Math.sqrt(sd * sd + cv * cv * mu * mu);
        if (dir.up() && value > mu) {
            if (!s.continuous && mu < POISSON_BELOW) {
                double model = 1.0 + cv * cv * mu;
                up = Math.max(0.0, -CountTail.logUpperTail(value, mu, Math.max(1.0, s.dispersion) * model));
            } else {
                up = Math.max(0.0, -NormalTail.logUpper((value - mu) / spread) - LN2);
            }
        }
        if (dir.down() && value < mu) {
            down = Math.max(0.0, -NormalTail.logUpper((mu - value) / spread) - LN2);
        }
        return Math.max(up, down);
    }

    /**
     * For counts, the expectation plus expectationSe standard errors of its own estimate: an hour's profile value rests on
     * about 1 / seasonAlphaMin past hours, so its error is about sqrt(level x seasonAlphaMin). It matters for sparse
     * series (a night-time 0.1 that is really 0.3) and vanishes for busy ones.
     */
    private double cautiousExpectation(DetectorState s, double mu) {
        if (s.continuous) {
            return mu;
        }
        return mu + p.expectationSe() * Math.sqrt(Math.max(s.level, p.minExpected()) * p.seasonAlphaMin());
    }

    /**
     * Counts only: the cautious surprise the absolute gate uses, with the expectation taken no lower than
     * {@code gateLevelShare} x the level (the deseasonalised hourly mean) for a rise. A count series' quiet hours hold
     * few events, so their additive profile rests on little and can sink far below the series' typical hour (to the
     * minimum expectation after a busy day); judged against that alone, a handful of events in a quiet hour looks
     * absolutely unlikely. The floor asks that it be unlikely against a share of the level as well. Only the gate sees
     * it: the point surprise, the likelihood and the rarity history are unchanged. Drops keep the hour's own
     * expectation; the two-interval sum is held to twice the floor.
     */
    private double levelGated(DetectorState s, double value, double mu, double sd, double cautious) {
        if (s.continuous || p.gateLevelShare() <= 0) {
            return cautious;
        }
        double floor = p.gateLevelShare() * s.level;
        double expectation = cautiousExpectation(s, mu);
        if (floor <= expectation) {
            return cautious;
        }
        double single = pointSurprise(s, value, floor, sd, p.expectationCv(), Direction.UP);
        double pair = Double.isNaN(s.previousValue) || mu >= PAIR_BELOW ? 0.0
                : pointSurprise(s, value + s.previousValue, 2.0 * floor, sd * Math.sqrt(2.0), p.expectationCv(),
                Direction.UP) - p.pairPenalty();
        double down = p.direction().down()
                ? pointSurprise(s, value, expectation, sd, p.expectationCv(), Direction.DOWN) : 0.0;
        return Math.min(cautious, Math.max(Math.max(single, pair), down));
    }

    /**
     * Cautious surprise of this interval and the one before it taken together (sum against summed expectation), so
     * that a rise spread over two intervals, each only mildly unusual, is judged by what the two show jointly. Only
     * for sparse counts (expected below {@code PAIR_BELOW}); 0 before a previous interval exists.
     */
    private double pairSurprise(DetectorState s, double value, double mu, double sd) {
        if (Double.isNaN(s.previousValue) || s.continuous || mu >= PAIR_BELOW) {
            return 0.0;
        }
        double sum = value + s.previousValue;
        double expected = mu + s.previousExpected;
        double cautiousSum = expected
                + p.expectationSe() * Math.sqrt(2.0 * Math.max(s.level, p.minExpected()) * p.seasonAlphaMin());
        return pointSurprise(s, sum, cautiousSum, sd * Math.sqrt(2.0), p.expectationCv());
    }

    /** Upper count tail with the expectation's own uncertainty, for a (partial) interval's count. */
    private double cautiousCountSurprise(double value, double mu) {
        double model = 1.0 + p.expectationCv() * p.expectationCv() * mu;
        return Math.max(0.0, -CountTail.logUpperTail(value, mu, model));
    }

    /**
     * Maps a raw surprise to a calibrated one (in nats of rarity): -ln of the share of this series' recent raw
     * surprises (a histogram with exponential forgetting over about {@code calibrationPoints} entries) that
     * were at least as large, with one pseudo-observation beyond. A value larger than everything seen for a while
     * scores ln(entries); the histogram is then updated. Measurements add one entry per observation. Counts add one
     * per block of {@code calibrationBlockHours}, the block's largest surprise: an hour of 5-minute tweet counts then
     * weighs what an hour of hourly news counts weighs, and a burst is rare among hours, not among 12 times as many
     * points, most of them quiet.
     */
    private double calibrate(DetectorState s, long now, double raw) {
        boolean blocks = !s.continuous && p.calibrationBlockHours() > 0;
        if (s.rarityBlockFrom >= 0
                && (!blocks || (now - s.rarityBlockFrom) / 3600.0 >= p.calibrationBlockHours())) {
            remember(s, s.rarityBlockMax);
            s.rarityBlockFrom = -1;
        }
        double rarity = rarity(s, raw);
        if (!blocks) {
            remember(s, raw);
        } else if (s.rarityBlockFrom < 0) {
            s.rarityBlockFrom = now;
            s.rarityBlockMax = raw;
        } else {
            s.rarityBlockMax = Math.max(s.rarityBlockMax, raw);
        }
        return rarity;
    }

    private static int rarityBin(double raw) {
        return (int) Math.min(Math.sqrt(Math.max(raw, 0.0)) * BINS_PER_ROOT_NAT, DetectorState.RARITY_BINS - 1e-9);
    }

    /** Adds one entry to the forgetting histogram of raw surprises. */
    private void remember(DetectorState s, double raw) {
        double[] hist = s.rarity;
        double keep = 1.0 - 1.0 / p.calibrationPoints();
        for (int b = 0; b < DetectorState.RARITY_BINS; b++) {
            hist[b] *= keep;
        }
        hist[rarityBin(raw)] += 1.0;
        s.rarityTotal = s.rarityTotal * keep + 1.0;
    }

    private double rarity(DetectorState s, double raw) {
        double[] hist = s.rarity;
        double pos = Math.min(Math.sqrt(Math.max(raw, 0.0)) * BINS_PER_ROOT_NAT, DetectorState.RARITY_BINS - 1e-9);
        int bin = (int) pos;
        double above = hist[bin] * (1.0 - (pos - bin));
        for (int b = bin + 1; b < DetectorState.RARITY_BINS; b++) {
            above += hist[b];
        }
        double rarity = Math.max(0.0, Math.log((s.rarityTotal + 1.0) / (above + 1.0)));
        int top = DetectorState.RARITY_BINS - 1;
        while (top > 0 && hist[top] < REMEMBERED) {
            top--;
        }
        double topRaw = Math.pow((top + 1) / BINS_PER_ROOT_NAT, 2);
        if (raw > topRaw) {
            rarity += p.tailSlope() * (raw - topRaw);
        }
        return rarity;
    }

    /**
     * {@code extremeSurprise} if {@code value} lies beyond the range seen so far (in a watched direction) by more
     * than {@code extremeTolerance} of that range, else 0; then widens the range to include the value.
     */
    private double extreme(DetectorState s, double value, double dtHours) {
        if (Double.isNaN(s.rangeLow)) {
            s.rangeLow = value;
            s.rangeHigh = value;
            return 0.0;
        }
        boolean learnt = s.count >= LEARN_POINTS;
        double out = learnt && beyond(s.rangeLow, s.rangeHigh, value) ? p.extremeSurprise() : 0.0;
        Range next = Range.moved(s.rangeLow, s.rangeHigh, s.level, value, dtHours, p.rangeTauHours());
        s.rangeLow = next.low();
        s.rangeHigh = next.high();
        return out;
    }

    /**
     * {@code localExtremeBonus} if {@code value} lies beyond the recent range (the same check as {@link #extreme}, but
     * contracting with {@code localTauHours}, and only once the series is that old) by more than
     * {@code extremeTolerance} of it, else 0; then widens that range to include the value. An old spike keeps the
     * long range wide for months; the recent range lets a rise that is large for the last few days count a little.
     */
    private double localExtreme(DetectorState s, double value, double dtHours) {
        if (Double.isNaN(s.localLow)) {
            s.localLow = value;
            s.localHigh = value;
            return 0.0;
        }
        boolean learnt = s.count >= LEARN_POINTS
                && (s.lastEpochSecond - s.firstEpochSecond) / 3600.0 >= p.localTauHours();
        double out = learnt && beyond(s.localLow, s.localHigh, value) ? p.localExtremeBonus() : 0.0;
        Range next = Range.moved(s.localLow, s.localHigh, s.level, value, dtHours, p.localTauHours());
        s.localLow = next.low();
        s.localHigh = next.high();
        return out;
    }

    /**
     * Whether {@code value} lies beyond {@code [low, high]}, in a watched direction, by more than
     * {@code extremeTolerance} of its width.
     */
    private boolean beyond(double low, double high, double value) {
        double margin = p.extremeTolerance() * (high - low);
        return margin > 0 && ((p.direction().up() && value > high + margin)
                || (p.direction().down() && value < low - margin));
    }

    /** A slowly contracting range of the values seen, as {@link #extreme} and {@link #localExtreme} keep one. */
    private record Range(double low, double high) {
        /**
         * {@code [low, high]} contracted towards {@code level} with time constant {@code tauHours}, then widened
         * to {@code value}.
         */
        static Range moved(double low, double high, double level, double value, double dtHours, double tauHours) {
            double contract = 1.0 - Math.exp(-dtHours / tauHours);
            double l = low + contract * (Math.min(level, high) - low);
            double h = high + contract * (Math.max(level, l) - high);
            return new Range(Math.min(l, value), Math.max(h, value));
        }
    }

    /**
     * Measurements only: updates the one-sided forgetting cumulative sums of the standardised residual {@code z}
     * (clipped at 4 deviations, less {@code driftAllowance}, times the hours this point covers, so a 5-minute and an
     * hourly series accumulate alike) and returns {@code driftSlope} nats per deviation-hour by which the larger sum
     * in a watched direction exceeds {@code driftThreshold} (0 for counts, and while the noise is still unknown).
     */
    private double drift(DetectorState s, double z, double dtHours) {
        if (!s.continuous || s.count < LEARN_POINTS) {
            return 0.0;
        }
        double keep = Math.exp(-dtHours / p.driftTauHours());
        double clipped = Math.max(-MAX_DRIFT_Z, Math.min(MAX_DRIFT_Z, z));
        s.driftUp = Math.max(0.0, keep * s.driftUp + (clipped - p.driftAllowance()) * dtHours);
        s.driftDown = Math.max(0.0, keep * s.driftDown + (-clipped - p.driftAllowance()) * dtHours);
        double up = p.direction().up() ? s.driftUp : 0.0;
        double down = p.direction().down() ? s.driftDown : 0.0;
        return p.driftSlope() * Math.max(0.0, Math.max(up, down) - p.driftThreshold());
    }

    /**
     * Damping of a measurement's alert that repeats an earlier candidate (a score that reached the alert score before
     * damping) of up to {@code recurrenceDays} ago: at its time of day (within {@code recurrenceToleranceHours}; a
     * nightly job's spike, too short for the hour profiles to learn), or at its value (within
     * {@code repeatTolerance} of the range seen; the series has been there lately). Such a repeat is the series'
     * routine, not news. Counts are left alone: a story that breaks at the same hour as yesterday's is still news.
     */
    private double recurrenceFactor(DetectorState s, long now, double value) {
        if (s.candidateAt < 0 || !s.continuous) {
            return 1.0;
        }
        double days = (now - s.candidateAt) / 86400.0;
        if (days > p.recurrenceDays()) {
            return 1.0;
        }
        double off = Math.abs(days - Math.rint(days)) * 24.0;
        boolean sameTime = days >= 0.5 && off <= p.recurrenceToleranceHours();
        boolean sameValue = Math.abs(value - s.candidateValue) <= p.repeatTolerance() * (s.rangeHigh - s.rangeLow);
        return sameTime || sameValue ? p.recurrenceDamp() : 1.0;
    }

    /** Damping after an alert: (elapsed / quietHours)^quietPower within the quiet period, else 1. */
    private double quietFactor(DetectorState s, long now) {
        if (s.quietFrom < 0) {
            return 1.0;
        }
        double elapsed = Math.max(0.0, (now - s.quietFrom) / 3600.0);
        return elapsed < p.quietHours() ? Math.pow(elapsed / p.quietHours(), p.quietPower()) : 1.0;
    }

    private double seasonalOffset(DetectorState s, int week, int day) {
        double dayTrust = s.dayWeight[day] / (s.dayWeight[day] + p.seasonConfidence());
        double f = dayTrust * s.dayFactor[day];
        double weekTrust = s.weekWeight[week] / (s.weekWeight[week] + p.seasonConfidence());
        return f + weekTrust * (s.weekFactor[week] - f);
    }

    private void update(DetectorState s, long now, double dtHours, double value, double mu, double sd,
                        double seasonal, int week, int day, double pointSurprise, double shortMean) {
        double first = 1.0 / (s.count + 1.0);

        // Long-run distribution of the short-term mean surprise.
        double aLik = Math.max(1.0 - Math.exp(-dtHours / p.likelihoodTauHours()), first);
        double capped = Math.min(shortMean, s.surpriseMean + 6.0 * Math.sqrt(Math.max(s.surpriseVar, 1e-6)) + 1.0);
        double diff = capped - s.surpriseMean;
        s.surpriseMean += aLik * diff;
        s.surpriseVar = (1.0 - aLik) * (s.surpriseVar + aLik * diff * diff);

        // Level shift: a sustained run of points well away from the expectation, on one side.
        int sign = value >= mu ? 1 : -1;
        if (pointSurprise > p.shiftSurprise() && (s.highSince < 0 || s.highSign == sign)) {
            if (s.highSince < 0) {
                s.highSince = now;
                s.highSign = sign;
            }
        } else {
            s.highSince = -1;
        }
        boolean shifting = s.highSince >= 0 && (now - s.highSince) / 3600.0 >= p.shiftHours();
        boolean learning = s.count < LEARN_POINTS;
        // Counts are discrete: a sparse series' ordinary 2 or 3 is no outlier, and clipping it would bias the level.
        double limit = p.clipZ() * sd + (s.continuous ? 0.0 : COUNT_CLIP_MARGIN);
        double clipped = learning ? value : Math.min(Math.max(value, mu - limit), mu + limit);
        double forLevel = shifting ? value : clipped;

        double levelBefore = s.level;
        double tau = shifting ? p.shiftTauHours() : levelTau(s, dtHours);
        double aLevel = Math.max(1.0 - Math.exp(-dtHours / tau), first);
        s.level += aLevel * (forLevel - seasonal - s.level);
        if (!s.continuous) {
            s.level = Math.max(s.level, 0.0);
        }
        double aVar = Math.max(1.0 - Math.exp(-dtHours / p.dispersionTauHours()), first);
        s.magnitude += aVar * (Math.abs(value) - s.magnitude);

        if (shifting) {
            // The level is moving to a new regime: the hour profiles would only absorb the transition.
            s.lastEpochSecond = now;
            s.count++;
            return;
        }
        double deviation = clipped - levelBefore;
        double information = 1.0;
        double aWeek = Math.max(information / (s.weekWeight[week] + 1.0), p.seasonAlphaMin() * information);
        s.weekFactor[week] += aWeek * (deviation - s.weekFactor[week]);
        s.weekWeight[week] += information;
        double aDay = Math.max(information / (s.dayWeight[day] + 1.0), p.seasonAlphaMin() * information);
        s.dayFactor[day] += aDay * (deviation - s.dayFactor[day]);
        s.dayWeight[day] += information;

        double e2 = (clipped - mu) * (clipped - mu);
        s.variance += aVar * (e2 - s.variance);
        // Over-dispersion is judged where it can be seen: below one expected count an hour, counts are taken as
        // Poisson (a stray story in a quiet hour must not inflate the dispersion of every hour).
        double r = e2 / Math.max(mu, 1.0);
        s.dispersion = Math.max(1.0, s.dispersion + aVar * (r - s.dispersion));

        s.lastEpochSecond = now;
        s.count++;
    }

    /**
     * Time constant of the level: levelTauHours, lengthened for counts so that the level's memory holds at least
     * levelEvents events (at most a week).
     */
    private double levelTau(DetectorState s, double dtHours) {
        if (s.continuous || dtHours <= 0) {
            return p.levelTauHours();
        }
        double perHour = Math.max(s.level, p.minExpected()) / dtHours;
        return Math.max(p.levelTauHours(), Math.min(MAX_LEVEL_TAU_HOURS, p.levelEvents() / perHour));
    }

    private static String reason(ZonedDateTime utc, double value, double mu, double z, double surprise,
                                 boolean counts) {
        String day = utc.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (!counts) {
            return String.format(Locale.ROOT, "%.4g vs %.4g expected for %s %02d:00 (z=%.1f, tail p=%.1e)",
                    value, mu, day, utc.getHour(), z, Math.exp(-surprise));
        }
        return String.format(Locale.ROOT, "%.0f mentions vs %.1f expected for %s %02d:00 (z=%.1f, Poisson tail p=%.1e)",
                value, mu, day, utc.getHour(), z, Math.exp(-surprise));
    }

}
