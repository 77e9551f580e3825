package io.mediamon.alert.coverage;

import io.mediamon.alert.detect.DetectorState;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.model.BucketSummary;
import io.mediamon.alert.model.CoverageState;
import io.mediamon.alert.model.WindowTally;
import io.mediamon.common.event.WatchRule;
import java.time.Instant;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Builds the state of an entity that is (again) watched from the coverage history kept for every entity: the
 * closed windows of the last {@value #MAX_REPLAY_WINDOWS} windows are replayed through the detector and the
 * sentiment baseline, and windows still open come back as counts. An entity removed and added again, or watched
 * after it was already in the news, so keeps its baseline instead of going deaf for a day.
 */
final class BaselineRebuild {
    /** Most windows replayed (two weeks of hours). */
    static final int MAX_REPLAY_WINDOWS = 24 * 14;

    private final AlertRules rules;
    private final SpikeDetector detector;
    private final HistoryRecorder history;

    BaselineRebuild(AlertRules rules, SpikeDetector detector, HistoryRecorder history) {
        this.rules = rules;
        this.detector = detector;
        this.history = history;
    }

    CoverageState rebuild(String entity, String name, WatchRule rule, long firstOpen) {
        long from = firstOpen - MAX_REPLAY_WINDOWS * rules.bucketMs();
        TreeMap<Long, BucketSummary> buckets = new TreeMap<>();
        try (WindowStoreIterator<BucketSummary> stored = history.coverage().fetch(entity, Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(firstOpen + rules.bucketMs() + rules.grace().toMillis()))) {
            while (stored.hasNext()) {
                KeyValue<Long, BucketSummary> next = stored.next();
                buckets.put(next.key, next.value);
            }
        }
        Long earliest = buckets.isEmpty() ? null : buckets.firstKey();
        long start = earliest == null || earliest >= firstOpen ? firstOpen : earliest;
        DetectorState detectorState = detector.initial();
        CoverageState state = CoverageState.fresh(entity, name, start, null);
        var thresholds = rules.sentiment();
        for (long window = start; window < firstOpen; window += rules.bucketMs()) {
            BucketSummary bucket = buckets.get(window);
            long stories = bucket == null ? 0 : bucket.stories;
            double expected = detector.observe(detectorState, Instant.ofEpochMilli(window), stories,
                    rule.sensitivity()).expected();
            if (bucket != null) {
                bucket.expected = expected;
                history.coverage().put(entity, bucket, window);
                if (stories >= thresholds.minStories()) {
                    state.sentiment.update(bucket.meanSentiment(), thresholds.alpha());
                }
            }
            state.closed(stories);
        }
        state.nextClose = firstOpen;
        buckets.tailMap(firstOpen, true).forEach((window, bucket) -> state.open.put(window, tallyOf(bucket)));
        state.detector = detectorState.toBytes();
        return state;
    }

    /** An open window brought back from history: its counts, without the story sample. */
    private static WindowTally tallyOf(BucketSummary bucket) {
        WindowTally tally = WindowTally.starting(bucket.start);
        tally.uniqueStories = bucket.stories;
        tally.mentions = bucket.mentions;
        tally.negative = bucket.negative;
        tally.neutral = bucket.neutral;
        tally.positive = bucket.positive;
        tally.sentimentSum = bucket.sentimentSum;
        return tally;
    }
}
