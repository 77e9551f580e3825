package io.mediamon.alert.detect;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Online, causal spike detector for count series (hourly news mentions, 5-minute tweet volumes).
 *
 * <p>Per observation, in O(1) time and with fixed-size state ({@link DetectorState}):
 * <ol>
 *   <li>expected count = deseasonalised level x blended hour-of-day / hour-of-week factor;</li>
 *   <li>point surprise = -ln P(X >= value) under a Poisson with that mean (a proper count tail, so sparse counts are
 *       judged by what a Poisson count can do, not by a Gaussian z);</li>
 *   <li>likelihood surprise = normal tail of the short-term (exponentially weighted) mean point surprise against
 *       its long-run mean and variance (short-term vs long-term, after Numenta's anomaly likelihood);</li>
 *   <li>calibration: that surprise is re-expressed as rarity by an exponential tail through the series' own running
 *       90% and 99% quantiles, which absorbs the heavy, over-dispersed tails of high-volume series; it is capped by
 *       a cautious count-tail surprise (Poisson with some uncertainty in the expectation), so that a sparse series
 *       cannot alert on relative rarity alone;</li>
 *   <li>score = s / (s + scoreHalf) of sensitivity x surprise, damped for {@code quietHours} after an alert so that
 *       one event raises one alert;</li>
 *   <li>the baseline is updated with the value clipped near the expectation, unless the series has stayed high for
 *       {@code shiftHours}: then it is taken as a level shift and the level adapts quickly (the hour profiles are
 *       left alone meanwhile).</li>
 * </ol>
 */
public final class SpikeDetector {

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
        long now = t.getEpochSecond();
        if (s.count == 0) {
            s.firstEpochSecond = now;
            s.lastEpochSecond = now;
            s.level = Math.max(value, p.minExpected());
        }
        double dtHours = Math.min(Math.max((now - s.lastEpochSecond) / 3600.0, 0.0), 168.0);
        ZonedDateTime utc = t.atZone(ZoneOffset.UTC);
        int day = utc.getHour();
        int week = (utc.getDayOfWeek().getValue() - 1) * 24 + day;
        double factor = seasonalFactor(s, week, day);
        double mu = Math.max(s.level * factor, p.minExpected());
        double phi = Math.max(1.0, s.dispersion);
        double sd = Math.sqrt(phi * mu);
        double z = (value - mu) / sd;
        double pointSurprise = Math.max(0.0, -CountTail.logUpperTail(value, mu, 1.0));

        // Short-term mean surprise against its own long-run distribution (anomaly likelihood) ...
        double aShort = s.count == 0 ? 1.0 : 1.0 - Math.exp(-dtHours / p.shortTauHours());
        s.recentSurprise += aShort * (pointSurprise - s.recentSurprise);
        double shortMean = s.recentSurprise;
        double likelihoodZ = (shortMean - s.surpriseMean) / Math.sqrt(Math.max(s.surpriseVar, 1e-6));
        double likelihoodSurprise = -NormalTail.logUpper(likelihoodZ);
        // ... calibrated against this series' own history, but never beyond what the counts themselves support.
        double calibrated = calibrate(s, Math.max(likelihoodSurprise, 0.0));
        double cautious = cautiousSurprise(value, mu);
        double surprise = Math.min(calibrated, p.absoluteGate() * cautious);

        double warm = Math.min(1.0, (now - s.firstEpochSecond) / 3600.0 / p.warmupHours());
        double effective = surprise * warm * sensitivity;
        double score = effective / (effective + p.scoreHalf()) * quietFactor(s, now);
        boolean anomalous = score >= p.alertScore();
        if (anomalous) {
            s.quietFrom = now;
        }

        update(s, now, dtHours, value, mu, sd, factor, week, day, pointSurprise, shortMean);
        String reason = reason(utc, value, mu, z, cautious);
        return new Detection(score, anomalous, mu, z, reason);
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
        double muFull = s.count == 0 ? p.minExpected() : Math.max(s.level * seasonalFactor(s, week, day), p.minExpected());
        double mu = muFull * fraction;
        double phi = Math.max(1.0, s.dispersion);
        double z = (countSoFar - mu) / Math.sqrt(phi * mu);
        double surprise = cautiousSurprise(countSoFar, mu);
        double warm = s.count == 0 ? 0.0
                : Math.min(1.0, (t.getEpochSecond() - s.firstEpochSecond) / 3600.0 / p.warmupHours());
        double effective = surprise * warm * sensitivity;
        double score = effective / (effective + p.scoreHalf()) * quietFactor(s, t.getEpochSecond());
        String reason = reason(utc, countSoFar, mu, z, surprise)
                + String.format(Locale.ROOT, " after %.0f%% of the interval", 100 * fraction);
        return new Detection(score, score >= p.alertScore(), mu, z, reason);
    }

    /** Expected count at {@code t} given the current state. */
    public double expected(DetectorState s, Instant t) {
        ZonedDateTime utc = t.atZone(ZoneOffset.UTC);
        int day = utc.getHour();
        int week = (utc.getDayOfWeek().getValue() - 1) * 24 + day;
        return Math.max(s.level * seasonalFactor(s, week, day), p.minExpected());
    }

    /** Point surprise allowing for the uncertainty of the expectation itself (used to cap the calibrated one). */
    private double cautiousSurprise(double value, double mu) {
        double model = 1.0 + p.expectationCv() * p.expectationCv() * mu;
        return Math.max(0.0, -CountTail.logUpperTail(value, mu, model));
    }

    /**
     * Maps a raw surprise to a calibrated one (in nats of rarity): exponential tail through the running 90% and 99%
     * quantiles of this series' own surprises, which are then updated.
     */
    private double calibrate(DetectorState s, double raw) {
        double spread = Math.max(s.q99 - s.q90, 1e-3);
        double rarity = Math.max(0.0, Math.log(10.0) * (1.0 + (raw - s.q90) / spread));
        double step = Math.max(1.0 / (s.count + 1.0), p.calibrationRate()) * spread;
        s.q90 += step * (raw >= s.q90 ? 0.9 : -0.1);
        s.q99 += step * (raw >= s.q99 ? 0.99 : -0.01);
        s.q99 = Math.max(s.q99, s.q90 + 1e-3);
        return rarity;
    }

    /** Damping after an alert: (elapsed / quietHours)^quietPower within the quiet period, else 1. */
    private double quietFactor(DetectorState s, long now) {
        if (s.quietFrom < 0) {
            return 1.0;
        }
        double elapsed = Math.max(0.0, (now - s.quietFrom) / 3600.0);
        return elapsed < p.quietHours() ? Math.pow(elapsed / p.quietHours(), p.quietPower()) : 1.0;
    }

    private double seasonalFactor(DetectorState s, int week, int day) {
        double dayTrust = s.dayWeight[day] / (s.dayWeight[day] + p.seasonConfidence());
        double f = 1.0 + dayTrust * (s.dayFactor[day] - 1.0);
        double weekTrust = s.weekWeight[week] / (s.weekWeight[week] + p.seasonConfidence());
        return Math.max(f + weekTrust * (s.weekFactor[week] - f), 0.01);
    }

    private void update(DetectorState s, long now, double dtHours, double value, double mu, double sd, double factor,
                        int week, int day, double pointSurprise, double shortMean) {
        double first = 1.0 / (s.count + 1.0);

        // Long-run distribution of the short-term mean surprise.
        double aLik = Math.max(1.0 - Math.exp(-dtHours / p.likelihoodTauHours()), first);
        double capped = Math.min(shortMean, s.surpriseMean + 6.0 * Math.sqrt(Math.max(s.surpriseVar, 1e-6)) + 1.0);
        double diff = capped - s.surpriseMean;
        s.surpriseMean += aLik * diff;
        s.surpriseVar = (1.0 - aLik) * (s.surpriseVar + aLik * diff * diff);

        // Level shift: a sustained run of high points.
        if (pointSurprise > p.shiftSurprise()) {
            if (s.highSince < 0) {
                s.highSince = now;
            }
        } else {
            s.highSince = -1;
        }
        boolean shifting = s.highSince >= 0 && (now - s.highSince) / 3600.0 >= p.shiftHours();
        double clipped = Math.min(value, mu + p.clipZ() * sd);
        double forLevel = shifting ? value : clipped;

        double levelBefore = Math.max(s.level, p.minExpected());
        double tau = shifting ? p.shiftTauHours() : p.levelTauHours();
        double aLevel = Math.max(1.0 - Math.exp(-dtHours / tau), first);
        s.level += aLevel * (forLevel / factor - s.level);
        s.level = Math.max(s.level, 0.0);

        if (shifting) {
            // The level is moving to a new regime: the hour profiles would only absorb the transition.
            s.dispersion = Math.max(1.0, s.dispersion);
            s.lastEpochSecond = now;
            s.count++;
            return;
        }
        double ratio = Math.min(clipped / levelBefore, 20.0);
        double aWeek = Math.max(1.0 / (s.weekWeight[week] + 1.0), p.seasonAlphaMin());
        s.weekFactor[week] += aWeek * (ratio - s.weekFactor[week]);
        s.weekWeight[week] += 1.0;
        double aDay = Math.max(1.0 / (s.dayWeight[day] + 1.0), p.seasonAlphaMin());
        s.dayFactor[day] += aDay * (ratio - s.dayFactor[day]);
        s.dayWeight[day] += 1.0;

        double aDisp = Math.max(1.0 - Math.exp(-dtHours / p.dispersionTauHours()), first);
        double r = (clipped - mu) * (clipped - mu) / Math.max(mu, p.minExpected());
        s.dispersion = Math.max(1.0, s.dispersion + aDisp * (r - s.dispersion));

        s.lastEpochSecond = now;
        s.count++;
    }

    private static String reason(ZonedDateTime utc, double value, double mu, double z, double countSurprise) {
        String day = utc.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return String.format(Locale.ROOT, "%.0f mentions vs %.1f expected for %s %02d:00 (z=%.1f, Poisson tail p=%.1e)",
                value, mu, day, utc.getHour(), z, Math.exp(-countSurprise));
    }

}
