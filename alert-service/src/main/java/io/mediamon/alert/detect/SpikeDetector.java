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
 *   <li>point surprise = -ln P(X >= value) under a quasi-Poisson with the tracked dispersion (exactly Poisson when
 *       the data are Poisson, so sparse counts get a proper count tail, not a Gaussian z);</li>
 *   <li>likelihood surprise = normal tail of the short-term (exponentially weighted) mean surprise against its
 *       long-run distribution (short-term vs long-term, after Numenta's anomaly likelihood);</li>
 *   <li>score = s / (s + scoreHalf) of the larger surprise, times the sensitivity; damped for a while after an
 *       alert so that one event raises one alert;</li>
 *   <li>the baseline is updated with the value clipped near the expectation, unless the series has stayed high for
 *       {@code shiftHours}: then it is taken as a level shift and the baseline adapts quickly.</li>
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
        double phi = dispersion(s, mu);
        double sd = Math.sqrt(phi * mu);
        double z = (value - mu) / sd;
        double pointSurprise = pointSurprise(value, mu, phi);

        double aShort = s.count == 0 ? 1.0 : 1.0 - Math.exp(-dtHours / p.shortTauHours());
        s.recentSurprise += aShort * (pointSurprise - s.recentSurprise);
        double shortMean = s.recentSurprise;
        double likelihoodZ = (shortMean - s.surpriseMean) / Math.sqrt(Math.max(s.surpriseVar, 1e-6));
        double likelihoodSurprise = -NormalTail.logUpper(likelihoodZ);
        double combined = Math.max(p.pointWeight() * pointSurprise, p.likelihoodWeight() * likelihoodSurprise);
        if (p.calibrationRate() > 0) {
            double calibrated = calibrate(s, Math.pow(Math.max(combined, 0.0), p.calibrationPower()));
            combined = p.absoluteGate() > 0
                    ? Math.min(calibrated, p.absoluteGate() * cautiousSurprise(value, mu)) : calibrated;
        }

        double decayedExtreme = s.extreme * Math.exp(-dtHours / p.extremeTauHours());
        double relative = combined * Math.pow(combined / Math.max(decayedExtreme, p.scoreHalf()), p.extremePower());
        s.extreme = Math.max(decayedExtreme, combined);

        double warm = Math.min(1.0, (now - s.firstEpochSecond) / 3600.0 / p.warmupHours());
        double effective = relative * warm * sensitivity;
        double raw = effective / (effective + p.scoreHalf());
        double score = raw;
        if (p.barTauHours() > 0) {
            s.alertBar *= Math.exp(-dtHours / p.barTauHours());
            if (s.alertBar > 0) {
                score *= Math.pow(Math.min(1.0, effective / s.alertBar), p.barPower());
            }
        }
        if (s.quietFrom >= 0) {
            double elapsed = (now - s.quietFrom) / 3600.0;
            if (elapsed < p.quietHours()) {
                score = raw * Math.pow(elapsed / p.quietHours(), p.quietPower());
            } else {
                s.quietFrom = -1;
            }
        }
        boolean anomalous = score >= p.alertScore();
        if (anomalous) {
            s.quietFrom = now;
            s.alertBar = Math.max(s.alertBar, effective);
        }

        update(s, now, dtHours, value, mu, sd, factor, week, day, pointSurprise, shortMean);
        String reason = reason(utc, value, mu, z, phi, pointSurprise);
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
        double phi = dispersion(s, muFull);
        double z = (countSoFar - mu) / Math.sqrt(phi * mu);
        double surprise = pointSurprise(countSoFar, mu, phi);
        double warm = s.count == 0 ? 0.0
                : Math.min(1.0, (t.getEpochSecond() - s.firstEpochSecond) / 3600.0 / p.warmupHours());
        double effective = surprise * warm * sensitivity;
        double score = effective / (effective + p.scoreHalf());
        if (p.barTauHours() > 0 && s.alertBar > 0) {
            double bar = s.alertBar * Math.exp(-(t.getEpochSecond() - s.lastEpochSecond) / 3600.0 / p.barTauHours());
            score *= Math.pow(Math.min(1.0, effective / bar), p.barPower());
        }
        if (s.quietFrom >= 0) {
            double elapsed = (t.getEpochSecond() - s.quietFrom) / 3600.0;
            if (elapsed < p.quietHours()) {
                score *= Math.pow(Math.max(0.0, elapsed / p.quietHours()), p.quietPower());
            }
        }
        String reason = reason(utc, countSoFar, mu, z, phi, surprise)
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

    private double pointSurprise(double value, double mu, double phi) {
        return Math.max(0.0, -CountTail.logUpperTail(value, mu, p.overdispersion() > 0 ? phi : 1.0));
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

    /** Variance / mean ratio of the count at expectation {@code mu}. */
    private double dispersion(DetectorState s, double mu) {
        if (p.negativeBinomial() > 0) {
            return 1.0 + s.extraVariance * mu;
        }
        return Math.max(1.0, s.dispersion);
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
        double m = Math.max(mu, p.minExpected());
        double k = ((clipped - mu) * (clipped - mu) - m) / (m * m);
        s.extraVariance = Math.max(0.0, s.extraVariance + aDisp * (Math.min(k, 10.0) - s.extraVariance));

        s.lastEpochSecond = now;
        s.count++;
    }

    private static String reason(ZonedDateTime utc, double value, double mu, double z, double phi, double surprise) {
        String day = utc.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String model = phi < 1.5 ? "Poisson" : String.format(Locale.ROOT, "over-dispersed (x%.1f) Poisson", phi);
        return String.format(Locale.ROOT, "%.0f mentions vs %.1f expected for %s %02d:00 (z=%.1f, %s tail p=%.1e)",
                value, mu, day, utc.getHour(), z, model, Math.exp(-surprise));
    }

}
