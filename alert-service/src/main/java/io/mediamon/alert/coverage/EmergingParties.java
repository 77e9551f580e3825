package io.mediamon.alert.coverage;

import io.mediamon.alert.config.AlertConfig.EmergingThresholds;
import io.mediamon.alert.detect.CountTail;
import io.mediamon.alert.model.EmergingState;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertStory;
import io.mediamon.common.event.AlertType;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.PartySource;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.SentimentMix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Recognised parties (names no gazetteer or watch rule lists) nobody watches, whose coverage grows fast. Each is tracked with a small fixed-size {@link EmergingState}:
 * its unique stories in the current window against its own running level. When a window's count is well above
 * that level (and above a floor, so a name never seen before needs a real burst) and that many stories would be
 * rare by chance, one {@code emerging} alert is raised, at most once per cooldown. Memory is bounded twice: the
 * state per party is capped in bytes, and the number of parties per partition is capped, by forgetting parties
 * quiet for longer than the idle time and then, when still over the cap, the longest-quiet ones first.
 */
final class EmergingParties {
    /** The store entry holding the event time the tracker started at (a key no entity id can have). */
    static final String SINCE_KEY = "\u0000since";
    /** How far over the cap the store may grow between two sweeps, as a fraction of the cap. */
    private static final double SWEEP_SLACK = 0.25;
    /** What a sweep over the cap trims down to, as a fraction of the cap. */
    private static final double TRIM_TO = 0.9;

    private final EmergingThresholds thresholds;
    private final long bucketMs;
    private final KeyValueStore<String, EmergingState> store;
    private final AlertEmitter emitter;
    private final AlertMeters meters;
    private final String task;
    private final double logMaxTail;
    private long since = -1;
    private long tracked;

    EmergingParties(AlertRules rules, KeyValueStore<String, EmergingState> store, AlertEmitter emitter,
                    AlertMeters meters, String task) {
        this.thresholds = rules.emerging();
        this.bucketMs = rules.bucketMs();
        this.store = store;
        this.emitter = emitter;
        this.meters = meters;
        this.task = task;
        this.logMaxTail = Math.log(thresholds.maxTail());
        EmergingState start = store.get(SINCE_KEY);
        this.since = start == null ? -1 : start.firstSeenMs;
        this.tracked = Math.max(0, store.approximateNumEntries() - (start == null ? 0 : 1));
        meters.emergingTracked(task, tracked);
    }

    /**
     * Counts a mention of an unwatched party at event time {@code time}, in the window starting at
     * {@code windowStart}; {@code newStory} is false for a story the party's window already counted.
     */
    void observe(String entity, Mention mention, long windowStart, long time, boolean newStory) {
        if (!thresholds.enabled() || !PartySource.RECOGNISED.json().equals(mention.foundBy())) {
            return;   // gazetteer parties are known names: their coverage is for watching, not for discovering
        }
        EmergingState state = store.get(entity);
        if (state == null) {
            state = fresh(mention, windowStart, time);
            tracked++;
        } else if (windowStart > state.windowStart) {
            fold(state, windowStart);
        } else if (windowStart < state.windowStart) {
            // an older window than the one being counted: it is in the coverage history, not judged here
            return;
        }
        state.lastSeenMs = Math.max(state.lastSeenMs, time);
        if (newStory) {
            add(state, mention);
            judge(entity, state, time);
        }
        store.put(entity, state);
        if (tracked > thresholds.maxParties() * (1 + SWEEP_SLACK)) {
            sweep(state.lastSeenMs);
        } else {
            meters.emergingTracked(task, tracked);
        }
    }

    /** Notes that the partition's stream has reached event time {@code time}; the warm-up counts from the first. */
    void clockAt(long time) {
        if (since < 0 && thresholds.enabled()) {
            since = time;
            EmergingState start = new EmergingState();
            start.firstSeenMs = time;
            store.put(SINCE_KEY, start);
        }
    }

    private static EmergingState fresh(Mention mention, long windowStart, long time) {
        EmergingState state = new EmergingState();
        state.entityName = EmergingState.cut(mention.entityName() == null ? mention.entityId() : mention.entityName());
        state.entityType = EmergingState.cut(mention.entityType());
        state.foundBy = EmergingState.cut(mention.foundBy());
        state.firstSeenMs = time;
        state.windowStart = windowStart;
        return state;
    }

    /** Folds the counted window, and the empty ones after it, into the level; starts counting a new window. */
    private void fold(EmergingState state, long windowStart) {
        long windows = (windowStart - state.windowStart) / bucketMs;
        double alpha = thresholds.alpha();
        state.windowsSeen++;
        state.baseline += Math.max(alpha, 1.0 / state.windowsSeen) * (state.stories - state.baseline);
        long empty = windows - 1;
        while (empty > 0 && 1.0 / (state.windowsSeen + 1) > alpha) {
            state.windowsSeen++;
            state.baseline -= state.baseline / state.windowsSeen;
            empty--;
        }
        if (empty > 0) {
            state.baseline *= Math.pow(1 - alpha, empty);
            state.windowsSeen += empty;
        }
        state.windowStart = windowStart;
        state.stories = 0;
        state.sample.clear();
        state.outlets.clear();
    }

    private static void add(EmergingState state, Mention mention) {
        state.stories++;
        Sentiment sentiment = mention.sentiment() == null ? Sentiment.neutral() : mention.sentiment();
        if (state.sample.size() < EmergingState.MAX_SAMPLE) {
            state.sample.add(new AlertStory(mention.articleId(), mention.storyId(), EmergingState.cut(mention.title()),
                    EmergingState.cut(mention.outlet()), sentiment.label(), sentiment.score()));
        }
        String outlet = EmergingState.cut(mention.outlet() == null ? "unknown" : mention.outlet());
        if (state.outlets.containsKey(outlet) || state.outlets.size() < EmergingState.MAX_OUTLETS) {
            state.outlets.merge(outlet, 1L, Long::sum);
        }
    }

    private void judge(String entity, EmergingState state, long time) {
        if (state.windowStart < since + thresholds.warmup().toMillis()) {
            return;   // still learning what is usual: every busy name would look new
        }
        if (state.lastAlertMs > 0 && time - state.lastAlertMs < thresholds.cooldown().toMillis()) {
            return;
        }
        double expected = Math.max(state.baseline, thresholds.floorRate());
        if (state.stories < thresholds.minStories() || state.stories < thresholds.minRatio() * expected) {
            return;
        }
        double logTail = CountTail.logUpperTail(state.stories, expected, 1.0);
        if (logTail > logMaxTail) {
            return;
        }
        state.lastAlertMs = time;
        emitter.emit(alert(entity, state, expected, logTail, time), time);
    }

    private Alert alert(String entity, EmergingState state, double expected, double logTail, long time) {
        Instant at = Instant.ofEpochMilli(time);
        String kind = state.entityType == null ? "party" : state.entityType;
        String how = state.foundBy == null ? "" : ", " + state.foundBy;
        String reason = String.format(Locale.ROOT,
                "emerging: %s (%s%s) has %d stories in this window, %.1f expected from its own level; it is not on "
                        + "the watchlist (PUT /watchlist/%s to watch it)",
                state.entityName, kind, how, state.stories, expected, entity);
        long negative = state.sample.stream().filter(s -> s.sentiment() == SentimentLabel.NEGATIVE).count();
        long positive = state.sample.stream().filter(s -> s.sentiment() == SentimentLabel.POSITIVE).count();
        double mean = state.sample.stream().mapToDouble(AlertStory::score).average().orElse(0);
        SentimentMix mix = new SentimentMix(negative, state.sample.size() - negative - positive, positive, mean);
        return new Alert(entity + ":emerging:" + state.windowStart, AlertType.EMERGING, AlertStatus.OPEN,
                SeverityScale.emerging(state.stories, expected), entity, state.entityName,
                Instant.ofEpochMilli(state.windowStart), Instant.ofEpochMilli(state.windowStart + bucketMs),
                state.stories, expected, Math.max(0, Math.min(1, 1 - Math.exp(logTail))), reason,
                List.copyOf(state.sample), Map.copyOf(state.outlets), Map.of(), mix, at, at);
    }

    /**
     * Forgets parties not mentioned within the idle time before {@code now}; then, when more than the cap remain,
     * the longest-quiet ones, down to nine tenths of the cap.
     */
    void sweep(long now) {
        if (!thresholds.enabled() || now < 0) {
            return;
        }
        long idleBefore = now - thresholds.idle().toMillis();
        List<String> idle = new ArrayList<>();
        List<KeyValue<String, Long>> kept = new ArrayList<>();
        try (KeyValueIterator<String, EmergingState> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, EmergingState> entry = all.next();
                if (SINCE_KEY.equals(entry.key)) {
                    continue;
                }
                if (entry.value.lastSeenMs < idleBefore) {
                    idle.add(entry.key);
                } else {
                    kept.add(KeyValue.pair(entry.key, entry.value.lastSeenMs));
                }
            }
        }
        idle.forEach(store::delete);
        meters.emergingForgotten("idle", idle.size());
        int over = kept.size() - (int) (thresholds.maxParties() * TRIM_TO);
        if (kept.size() > thresholds.maxParties() && over > 0) {
            kept.sort(Comparator.comparingLong((KeyValue<String, Long> kv) -> kv.value).thenComparing(kv -> kv.key));
            kept.subList(0, over).forEach(kv -> store.delete(kv.key));
            meters.emergingForgotten("cap", over);
            tracked = kept.size() - over;
        } else {
            tracked = kept.size();
        }
        meters.emergingTracked(task, tracked);
    }
}
