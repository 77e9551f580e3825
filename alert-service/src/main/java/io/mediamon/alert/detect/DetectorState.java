package io.mediamon.alert.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mediamon.common.serde.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Fixed-size per-series state of {@link SpikeDetector}. Plain public fields so that Jackson round-trips it without
 * annotations; {@link #toBytes()} / {@link #fromBytes(byte[])} give a compact JSON encoding for a key-value store.
 */
public final class DetectorState {

    public static final int WEEK_BUCKETS = 7 * 24;
    public static final int DAY_BUCKETS = 24;

    /** Observations seen so far. */
    public long count;
    /** Epoch second of the first and last observation. */
    public long firstEpochSecond;
    public long lastEpochSecond;
    /** Deseasonalised level (counts per interval). */
    public double level;
    /** Variance / mean ratio of the counts around the expectation (>= 1; 1 means Poisson). */
    public double dispersion = 1.0;
    /** Multiplicative hour-of-week and hour-of-day profiles and how many updates each bucket has had. */
    public double[] weekFactor = filled(WEEK_BUCKETS, 1.0);
    public double[] weekWeight = new double[WEEK_BUCKETS];
    public double[] dayFactor = filled(DAY_BUCKETS, 1.0);
    public double[] dayWeight = new double[DAY_BUCKETS];
    /** Long-run mean and variance of the short-term mean surprise (the anomaly-likelihood baseline). */
    public double surpriseMean;
    public double surpriseVar = 1.0;
    /** Running 90% and 99% quantiles of the likelihood surprise. */
    public double q90 = 1.0;
    public double q99 = 3.0;
    /** Short-term exponentially weighted mean of the per-point surprise. */
    public double recentSurprise;
    /** Epoch second since which every point has been well above the expectation, or -1 (level-shift detection). */
    public long highSince = -1;
    /** Epoch second at which the damping period after the last alert began, or -1 if none. */
    public long quietFrom = -1;

    public DetectorState copy() {
        DetectorState c = new DetectorState();
        c.count = count;
        c.firstEpochSecond = firstEpochSecond;
        c.lastEpochSecond = lastEpochSecond;
        c.level = level;
        c.dispersion = dispersion;
        c.weekFactor = weekFactor.clone();
        c.weekWeight = weekWeight.clone();
        c.dayFactor = dayFactor.clone();
        c.dayWeight = dayWeight.clone();
        c.surpriseMean = surpriseMean;
        c.surpriseVar = surpriseVar;
        c.q90 = q90;
        c.q99 = q99;
        c.recentSurprise = recentSurprise;
        c.highSince = highSince;
        c.quietFrom = quietFrom;
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

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
