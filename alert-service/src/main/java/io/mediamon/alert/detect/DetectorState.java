package io.mediamon.alert.detect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.mediamon.common.serde.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Fixed-size per-series state of {@link SpikeDetector}. Plain public fields so that Jackson round-trips it without
 * annotations; {@link #toBytes()} / {@link #fromBytes(byte[])} give a compact JSON encoding for a key-value store.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class DetectorState {

    public static final int WEEK_BUCKETS = 7 * 24;
    public static final int DAY_BUCKETS = 24;
    public static final int RARITY_BINS = 64;

    /** Observations seen so far. */
    public long count;
    /** Epoch second of the first and last observation. */
    public long firstEpochSecond;
    public long lastEpochSecond;
    /** Deseasonalised level (counts per interval). */
    public double level;
    /** Variance / mean ratio of the counts around the expectation (>= 1; 1 means Poisson). */
    public double dispersion = 1.0;
    /** Variance of the residuals around the expectation (used for series that are not counts). */
    public double variance;
    /** Exponentially weighted mean absolute value, the scale of the noise floor of non-count series. */
    public double magnitude;
    /** True once a negative or fractional value was seen: the series is a measurement, not a count. */
    public boolean continuous;
    /** Additive hour-of-week and hour-of-day profiles and how many updates each bucket has had. */
    public double[] weekFactor = new double[WEEK_BUCKETS];
    public double[] weekWeight = new double[WEEK_BUCKETS];
    public double[] dayFactor = new double[DAY_BUCKETS];
    public double[] dayWeight = new double[DAY_BUCKETS];
    /** Long-run mean and variance of the short-term mean surprise (the anomaly-likelihood baseline). */
    public double surpriseMean;
    public double surpriseVar = 1.0;
    /** Recent likelihood surprises: forgetting histogram (uniform in sqrt(surprise)) and its total weight. */
    public double[] rarity = new double[RARITY_BINS];
    public double rarityTotal;
    /**
     * Counts only: epoch second at which the open calibration block began (-1 if none) and the largest likelihood
     * surprise seen in it, added to the histogram as one entry when the block closes.
     */
    public long rarityBlockFrom = -1;
    public double rarityBlockMax;
    /** Short-term exponentially weighted mean of the per-point surprise. */
    public double recentSurprise;
    /** Epoch second since which every point has been well away from the expectation, or -1 (level-shift detection). */
    public long highSince = -1;
    /** Side of that run: +1 above, -1 below the expectation. */
    public int highSign;
    /** Smallest and largest value seen after warm-up began to count (the range for the new-extreme check). */
    public double rangeLow = Double.NaN;
    public double rangeHigh = Double.NaN;
    /** The same range with a short memory ({@code localTauHours}), for the recent-extreme bonus. */
    public double localLow = Double.NaN;
    public double localHigh = Double.NaN;
    /** The previous observation and its expectation (NaN before the first), for the two-interval test. */
    public double previousValue = Double.NaN;
    public double previousExpected = Double.NaN;
    /** Epoch second of the last observation whose score before damping reached the alert score, or -1. */
    public long candidateAt = -1;
    /** The value of that candidate. */
    public double candidateValue;
    /** Epoch second at which the damping period after the last alert began, or -1 if none. */
    public long quietFrom = -1;
    /** Measurements: forgetting one-sided cumulative sums of the standardised residual (deviation-hours), rises. */
    public double driftUp;
    /** The same for drops. */
    public double driftDown;

    public DetectorState copy() {
        DetectorState c = new DetectorState();
        c.count = count;
        c.firstEpochSecond = firstEpochSecond;
        c.lastEpochSecond = lastEpochSecond;
        c.level = level;
        c.dispersion = dispersion;
        c.variance = variance;
        c.magnitude = magnitude;
        c.continuous = continuous;
        c.highSign = highSign;
        c.weekFactor = weekFactor.clone();
        c.weekWeight = weekWeight.clone();
        c.dayFactor = dayFactor.clone();
        c.dayWeight = dayWeight.clone();
        c.surpriseMean = surpriseMean;
        c.surpriseVar = surpriseVar;
        c.rarity = rarity.clone();
        c.rarityTotal = rarityTotal;
        c.rarityBlockFrom = rarityBlockFrom;
        c.rarityBlockMax = rarityBlockMax;
        c.recentSurprise = recentSurprise;
        c.highSince = highSince;
        c.quietFrom = quietFrom;
        c.rangeLow = rangeLow;
        c.rangeHigh = rangeHigh;
        c.localLow = localLow;
        c.localHigh = localHigh;
        c.previousValue = previousValue;
        c.candidateAt = candidateAt;
        c.candidateValue = candidateValue;
        c.previousExpected = previousExpected;
        c.driftUp = driftUp;
        c.driftDown = driftDown;
        return c;
    }

    public byte[] toBytes() {
        try {
            return Json.mapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DetectorState fromBytes(byte[] bytes) {
        try {
            return Json.mapper().readValue(bytes, DetectorState.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DetectorState s && Arrays.equals(toBytes(), s.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

}
