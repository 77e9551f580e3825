package io.mediamon.alert.query;

import io.mediamon.alert.coverage.CoverageStores;
import io.mediamon.alert.detect.DetectorState;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.model.BucketSummary;
import io.mediamon.alert.model.CoverageState;
import io.mediamon.alert.model.LateMention;
import io.mediamon.alert.model.OutletSummary;
import io.mediamon.alert.model.StorySummary;
import io.mediamon.alert.query.Answers.CoverageBucket;
import io.mediamon.alert.query.Answers.EntitySeen;
import io.mediamon.alert.query.Answers.EvidenceQuote;
import io.mediamon.alert.query.Answers.LateItem;
import io.mediamon.alert.query.Answers.OutletSentiment;
import io.mediamon.alert.query.Answers.SentimentCounts;
import io.mediamon.alert.query.Answers.StoryItem;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.WatchRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Answers from this instance's own state stores (Kafka Streams interactive queries). Each method returns the
 * whole sorted result for the range; the caller pages it. A store still restoring throws
 * {@link org.apache.kafka.streams.errors.InvalidStateStoreException}.
 */
final class LocalHistory {
    /** Most rows one answer gathers before paging, whatever the range. */
    static final int MAX_ROWS = 50_000;

    private final KafkaStreams streams;
    private final SpikeDetector detector;
    private final Duration bucket;

    LocalHistory(KafkaStreams streams, SpikeDetector detector, Duration bucket) {
        this.streams = streams;
        this.detector = detector;
        this.bucket = bucket;
    }

    private <V> ReadOnlyWindowStore<String, V> windows(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.windowStore()));
    }

    private <V> ReadOnlyKeyValueStore<String, V> keyValues(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    }

    /** Windows that overlap [from, to): their start lies in [from - bucket + 1, to - 1]. */
    private Instant firstStart(Instant from) {
        return from.minus(bucket).plusMillis(1);
    }

    List<EntitySeen> entities(Instant from, Instant to) {
        ReadOnlyWindowStore<String, BucketSummary> store = windows(CoverageStores.HISTORY_COVERAGE);
        Map<String, BucketSummary> totals = new LinkedHashMap<>();
        Map<String, Long> latest = new HashMap<>();
        int rows = 0;
        try (KeyValueIterator<Windowed<String>, BucketSummary> all = store.fetchAll(firstStart(from),
                to.minusMillis(1))) {
            while (all.hasNext() && rows++ < MAX_ROWS) {
                KeyValue<Windowed<String>, BucketSummary> next = all.next();
                BucketSummary b = next.value;
                BucketSummary total = totals.computeIfAbsent(next.key.key(), id -> BucketSummary.starting(id, 0));
                if (b.name != null && next.key.window().start() >= latest.getOrDefault(next.key.key(), Long.MIN_VALUE)) {
                    total.name = b.name;
                    total.type = b.type != null ? b.type : total.type;
                    latest.put(next.key.key(), next.key.window().start());
                }
                total.foundBy.addAll(b.foundBy);
                total.mentions += b.mentions;
                total.stories += b.stories;
                total.sentimentSum += b.sentimentSum;
            }
        }
        ReadOnlyKeyValueStore<String, WatchRule> watchlist = keyValues(CoverageStores.WATCHLIST);
        List<EntitySeen> out = new ArrayList<>();
        for (BucketSummary t : totals.values()) {
            if (t.mentions == 0) {
                continue;
            }
            WatchRule rule = watchlist.get(t.entityId);
            out.add(new EntitySeen(t.entityId, t.name != null ? t.name : rule != null ? rule.name() : t.entityId,
                    t.type, List.copyOf(t.foundBy), rule != null && rule.enabled(), t.mentions, t.stories,
                    t.meanSentiment()));
        }
        out.sort(byCoverage());
        return out;
    }

    static Comparator<EntitySeen> byCoverage() {
        return Comparator.comparingLong(EntitySeen::stories).reversed()
                .thenComparing(Comparator.comparingLong(EntitySeen::mentions).reversed())
                .thenComparing(EntitySeen::id);
    }

    /** The entity's name from its newest bucket in range, or null when it was not seen. */
    String name(String entity, Instant from, Instant to) {
        String name = null;
        ReadOnlyWindowStore<String, BucketSummary> store = windows(CoverageStores.HISTORY_COVERAGE);
        try (WindowStoreIterator<BucketSummary> it = store.fetch(entity, firstStart(from), to.minusMillis(1))) {
            while (it.hasNext()) {
                BucketSummary b = it.next().value;
                name = b.name != null ? b.name : name;
            }
        }
        return name;
    }

    /** One bucket of {@code width} per interval from {@code from} (aligned down) to {@code to}. */
    List<CoverageBucket> coverage(String entity, Instant from, Instant to, Duration width) {
        long widthMs = width.toMillis();
        long first = Math.floorDiv(from.toEpochMilli(), widthMs) * widthMs;
        long end = to.toEpochMilli();
        int count = (int) Math.min(MAX_ROWS, (end - first + widthMs - 1) / widthMs);
        BucketSummary[] sums = new BucketSummary[count];
        boolean[] hasExpected = new boolean[count];
        ReadOnlyWindowStore<String, BucketSummary> store = windows(CoverageStores.HISTORY_COVERAGE);
        Set<Long> seen = new LinkedHashSet<>();
        try (WindowStoreIterator<BucketSummary> it = store.fetch(entity, Instant.ofEpochMilli(first),
                Instant.ofEpochMilli(end - 1))) {
            while (it.hasNext()) {
                KeyValue<Long, BucketSummary> next = it.next();
                int i = (int) ((next.key - first) / widthMs);
                if (i < 0 || i >= count) {
                    continue;
                }
                BucketSummary sum = sums[i] == null ? (sums[i] = BucketSummary.starting(entity, first + i * widthMs))
                        : sums[i];
                add(sum, next.value);
                if (next.value.expected != null) {
                    seen.add(next.key);
                    hasExpected[i] = true;
                    sum.expected = (sum.expected == null ? 0 : sum.expected) + next.value.expected;
                }
            }
        }
        addOpenWindowExpectations(entity, first, end, widthMs, sums, hasExpected, seen);
        List<CoverageBucket> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BucketSummary s = sums[i] == null ? BucketSummary.starting(entity, first + i * widthMs) : sums[i];
            out.add(new CoverageBucket(Instant.ofEpochMilli(first + i * widthMs).toString(), s.stories, s.mentions,
                    new SentimentCounts(s.meanSentiment(), s.negative, s.neutral, s.positive),
                    hasExpected[i] ? s.expected : null));
        }
        return out;
    }

    /**
     * Windows the detector has not closed yet carry no recorded expectation: for a watched entity, the detector's
     * current state gives it, for every counting window in range from the oldest open one on.
     */
    private void addOpenWindowExpectations(String entity, long first, long end, long widthMs, BucketSummary[] sums,
                                           boolean[] hasExpected, Set<Long> recorded) {
        CoverageState state = this.<CoverageState>keyValues(CoverageStores.COVERAGE).get(entity);
        if (state == null || state.detector == null) {
            return;
        }
        DetectorState detectorState = DetectorState.fromBytes(state.detector);
        long step = bucket.toMillis();
        for (long window = Math.max(state.nextClose, first); window < end; window += step) {
            int i = (int) ((window - first) / widthMs);
            if (i >= sums.length || recorded.contains(window)) {
                continue;
            }
            if (sums[i] == null) {
                sums[i] = BucketSummary.starting(entity, first + i * widthMs);
            }
            sums[i].expected = (sums[i].expected == null ? 0 : sums[i].expected)
                    + detector.expected(detectorState, Instant.ofEpochMilli(window));
            hasExpected[i] = true;
        }
    }

    private static void add(BucketSummary into, BucketSummary b) {
        into.stories += b.stories;
        into.mentions += b.mentions;
        into.negative += b.negative;
        into.neutral += b.neutral;
        into.positive += b.positive;
        into.sentimentSum += b.sentimentSum;
    }

    List<OutletSentiment> outlets(String entity, Instant from, Instant to) {
        Map<String, OutletSummary> totals = new LinkedHashMap<>();
        int rows = 0;
        try (KeyValueIterator<Windowed<String>, OutletSummary> it = this.<OutletSummary>windows(
                CoverageStores.HISTORY_OUTLETS).fetch(CoverageStores.subKeyFrom(entity),
                CoverageStores.subKeyTo(entity), firstStart(from), to.minusMillis(1))) {
            while (it.hasNext() && rows++ < MAX_ROWS) {
                OutletSummary o = it.next().value;
                OutletSummary t = totals.computeIfAbsent(o.outlet, k -> {
                    OutletSummary fresh = new OutletSummary();
                    fresh.outlet = k;
                    return fresh;
                });
                t.mentions += o.mentions;
                t.negative += o.negative;
                t.neutral += o.neutral;
                t.positive += o.positive;
                t.sentimentSum += o.sentimentSum;
                if (o.evidence != null && (t.evidence == null || Math.abs(o.evidenceScore) > Math.abs(t.evidenceScore))) {
                    t.evidence = o.evidence;
                    t.evidenceScore = o.evidenceScore;
                    t.evidenceArticle = o.evidenceArticle;
                }
            }
        }
        List<OutletSentiment> out = new ArrayList<>();
        for (OutletSummary t : totals.values()) {
            out.add(new OutletSentiment(t.outlet, t.mentions, t.negative, t.neutral, t.positive,
                    t.mentions == 0 ? 0 : t.sentimentSum / t.mentions,
                    t.evidence == null ? null : new EvidenceQuote(t.evidence, t.evidenceScore, t.evidenceArticle)));
        }
        out.sort(Comparator.comparingLong(OutletSentiment::mentions).reversed().thenComparing(OutletSentiment::outlet));
        return out;
    }

    List<StoryItem> stories(String entity, Instant from, Instant to) {
        List<StoryItem> out = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, StorySummary> it = this.<StorySummary>windows(
                CoverageStores.HISTORY_STORIES).fetch(CoverageStores.subKeyFrom(entity),
                CoverageStores.subKeyTo(entity), firstStart(from), to.minusMillis(1))) {
            while (it.hasNext() && out.size() < MAX_ROWS) {
                StorySummary s = it.next().value;
                if (s.firstSeen >= from.toEpochMilli() && s.firstSeen < to.toEpochMilli()) {
                    out.add(new StoryItem(s.storyId, s.headline, List.copyOf(s.outlets),
                            Instant.ofEpochMilli(s.firstSeen).toString(), s.size));
                }
            }
        }
        out.sort(Comparator.comparingLong(StoryItem::size).reversed().thenComparing(StoryItem::firstSeen)
                .thenComparing(StoryItem::storyId));
        return out;
    }

    List<LateItem> late(String entity, Instant from, Instant to) {
        List<LateItem> out = new ArrayList<>();
        try (WindowStoreIterator<LateMention> it = this.<LateMention>windows(CoverageStores.LATE_MENTIONS)
                .fetch(entity, from, to.minusMillis(1))) {
            while (it.hasNext() && out.size() < MAX_ROWS) {
                LateMention m = it.next().value;
                out.add(new LateItem(m.articleId(), m.storyId(), m.outlet(), String.valueOf(m.eventTime()),
                        String.valueOf(m.arrivedAt()), m.lateByMs()));
            }
        }
        out.sort(Comparator.comparing(LateItem::arrivedAt).reversed());
        return out;
    }

    /** Alert events in range, for one entity or (null) all entities here. */
    List<Alert> alerts(String entity, Instant from, Instant to) {
        ReadOnlyWindowStore<String, AlertEvent> store = windows(CoverageStores.HISTORY_ALERTS);
        List<Alert> out = new ArrayList<>();
        if (entity != null) {
            try (WindowStoreIterator<AlertEvent> it = store.fetch(entity, from, to.minusMillis(1))) {
                while (it.hasNext() && out.size() < MAX_ROWS) {
                    out.add(it.next().value.data());
                }
            }
        } else {
            try (KeyValueIterator<Windowed<String>, AlertEvent> it = store.fetchAll(from, to.minusMillis(1))) {
                while (it.hasNext() && out.size() < MAX_ROWS) {
                    out.add(it.next().value.data());
                }
            }
        }
        out.sort(newestFirst());
        return out;
    }

    static Comparator<Alert> newestFirst() {
        return Comparator.comparing(Alert::updatedAt).reversed().thenComparing(Alert::alertId)
                .thenComparing(a -> a.status().ordinal());
    }

}
