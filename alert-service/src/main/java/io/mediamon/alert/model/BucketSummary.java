package io.mediamon.alert.model;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One entity's coverage in one counting window, kept for every entity mentioned (watched or not) in the
 * coverage history store: what the query API answers from, and what a re-watched entity's baseline is
 * rebuilt from.
 */
public final class BucketSummary {
    public static final int MAX_FINDERS = 8;

    public String entityId;
    public String name;
    public String type;
    public Set<String> foundBy = new LinkedHashSet<>();
    public long start;
    public long stories;
    public long mentions;
    public long negative;
    public long neutral;
    public long positive;
    public double sentimentSum;
    /** The spike detector's expected count, recorded when a watched entity's window closes; else null. */
    public Double expected;

    public static BucketSummary starting(String entityId, long start) {
        BucketSummary bucket = new BucketSummary();
        bucket.entityId = entityId;
        bucket.start = start;
        return bucket;
    }

    public double meanSentiment() {
        return stories == 0 ? 0 : sentimentSum / stories;
    }
}
