package io.mediamon.common.config;

import java.time.Duration;

/**
 * Bounds every Streams service runs within, so that no single record can stop it.
 *
 * @param maxRecordBytes        largest serialised record a topology writes ({@code MEDIAMON_STREAMS_MAX_RECORD_BYTES});
 *                              bigger output goes to the dead-letter topic with stage {@code record_size}
 * @param maxStateBytes         largest serialised state entry ({@code MEDIAMON_STREAMS_MAX_STATE_BYTES}); a record that
 *                              would grow one past it goes to the dead-letter topic with stage {@code state_size}
 * @param maxThreadReplacements stream-thread replacements tolerated within {@code replacementWindow} before
 *                              liveness reports DOWN ({@code MEDIAMON_STREAMS_MAX_THREAD_REPLACEMENTS})
 * @param replacementWindow     the window for counting replacements ({@code MEDIAMON_STREAMS_REPLACEMENT_WINDOW})
 */
public record StreamsLimits(int maxRecordBytes, int maxStateBytes, int maxThreadReplacements,
                            Duration replacementWindow) {

    /** Below the producer's default max.request.size (1 MiB) with room for the record's own overhead. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1_000_000;
    public static final int DEFAULT_MAX_STATE_BYTES = 256 * 1024;

    public static StreamsLimits defaults() {
        return new StreamsLimits(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_STATE_BYTES, 3, Duration.ofMinutes(10));
    }

    public static StreamsLimits from(Settings settings) {
        int record = settings.integer("MEDIAMON_STREAMS_MAX_RECORD_BYTES", DEFAULT_MAX_RECORD_BYTES, 1_024,
                64 * 1024 * 1024);
        int state = settings.integer("MEDIAMON_STREAMS_MAX_STATE_BYTES", DEFAULT_MAX_STATE_BYTES, 1_024,
                64 * 1024 * 1024);
        int replacements = settings.integer("MEDIAMON_STREAMS_MAX_THREAD_REPLACEMENTS", 3, 0, 1_000);
        Duration window = settings.duration("MEDIAMON_STREAMS_REPLACEMENT_WINDOW", Duration.ofMinutes(10));
        if (window.isZero() || window.isNegative()) {
            settings.problem("MEDIAMON_STREAMS_REPLACEMENT_WINDOW must be positive");
        }
        return new StreamsLimits(record, state, replacements, window);
    }
}
