package io.mediamon.alert.model;

/**
 * An exponentially weighted mean and variance of an entity's per-window mean sentiment, used to spot a
 * sharp turn. {@code windows} counts how many windows fed it, for warm-up.
 */
public final class SentimentBaseline {
    public double mean;
    public double variance = 0.05;
    public long windows;

    /** How many baseline deviations {@code value} lies from the mean (signed). */
    public double deviation(double value) {
        return (value - mean) / Math.sqrt(Math.max(variance, 0.0025));
    }

    public void update(double value, double alpha) {
        if (windows == 0) {
            mean = value;
        } else {
            double delta = value - mean;
            mean += alpha * delta;
            variance = (1 - alpha) * (variance + alpha * delta * delta);
        }
        windows++;
    }
}
