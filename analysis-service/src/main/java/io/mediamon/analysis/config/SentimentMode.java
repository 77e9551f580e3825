package io.mediamon.analysis.config;

/** Which target-sentiment scorer the pipeline runs ({@code MEDIAMON_SENTIMENT}). */
public enum SentimentMode {
    /** The linear model over target-relative features: the fast path. */
    FAST("fast"),
    /** A contextual (transformer) scorer: slower, for when accuracy matters more than throughput. */
    CONTEXTUAL("contextual");

    private final String key;

    SentimentMode(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The mode for a setting value, case-insensitive, or null when there is none. */
    public static SentimentMode fromKey(String value) {
        for (SentimentMode mode : values()) {
            if (mode.key.equalsIgnoreCase(value == null ? "" : value.strip())) {
                return mode;
            }
        }
        return null;
    }
}
