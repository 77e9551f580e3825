package io.mediamon.alert.coverage;

import io.mediamon.common.streams.StateSizeGuard;
import io.mediamon.alert.detect.DetectorState;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.model.CoverageState;
import io.mediamon.alert.model.WindowTally;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.WatchRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per entity, in event time: every mention is counted toward its own window while that window is open (its end
 * plus the grace period still ahead of stream time), so mentions out of order across partitions count where they
 * belong; later mentions are counted as late and kept. Every entity's coverage goes to the history stores; for
 * watched entities, closed windows are judged and alerts emitted; parties nobody watches are tracked to see them
 * emerge. A stream-time punctuation closes the windows of
 * quiet entities, so a quiet hour counts as zero; for watch rules with drop alerts, a wall-clock punctuation moves
 * their clock on while the whole stream is idle, so a feed outage is seen.
 */
public final class CoverageProcessor implements Processor<String, Mention, String, AlertEvent> {
    /** Longest run of empty windows fed to the detector one by one after a silence; longer gaps are skipped. */
    private static final int MAX_EMPTY_WINDOWS = 24 * 14;

    private final AlertRules rules;
    private final SpikeDetector detector;
    private final AlertMeters meters;
    private final String source;
    private final StateSizeGuard<CoverageState> stateSize;
    private KeyValueStore<String, CoverageState> coverage;
    private KeyValueStore<String, WatchRule> watchlist;
    private StoryDedupe dedupe;
    private HistoryRecorder history;
    private WindowJudge judge;
    private BaselineRebuild rebuild;
    private EmergingParties emerging;
    private ProcessorContext<String, AlertEvent> context;
    private long lastStreamTime = -1;
    private long lastStreamAdvanceWall;

    /** {@code stateSize} bounds an entity's state in bytes: a mention that would grow it past the bound fails. */
    public CoverageProcessor(AlertRules rules, SpikeDetector detector, AlertMeters meters, String source,
                             StateSizeGuard<CoverageState> stateSize) {
        this.stateSize = stateSize;
        this.rules = rules;
        this.detector = detector;
        this.meters = meters;
        this.source = source;
    }

    @Override
    public void init(ProcessorContext<String, AlertEvent> context) {
        this.context = context;
        this.coverage = context.getStateStore(CoverageStores.COVERAGE);
        this.watchlist = context.getStateStore(CoverageStores.WATCHLIST);
        this.dedupe = new StoryDedupe(context.getStateStore(CoverageStores.WINDOW_STORIES));
        this.history = new HistoryRecorder(context.getStateStore(CoverageStores.HISTORY_COVERAGE),
                context.getStateStore(CoverageStores.HISTORY_OUTLETS),
                context.getStateStore(CoverageStores.HISTORY_STORIES),
                context.getStateStore(CoverageStores.LATE_MENTIONS));
        AlertEmitter emitter = new AlertEmitter(source, rules.bucketMs(), meters, context,
                context.getStateStore(CoverageStores.HISTORY_ALERTS));
        this.judge = new WindowJudge(rules, detector, emitter);
        this.emerging = new EmergingParties(rules, context.getStateStore(CoverageStores.EMERGING), emitter, meters,
                context.taskId().toString());
        this.rebuild = new BaselineRebuild(rules, detector, history);
        Duration every = Duration.ofMillis(Math.max(1_000, rules.bucketMs() / 4));
        context.schedule(every, PunctuationType.STREAM_TIME, this::closeQuietWindows);
        context.schedule(every, PunctuationType.WALL_CLOCK_TIME, this::advanceIdleDropClocks);
        context.schedule(rules.bucket(), PunctuationType.STREAM_TIME, emerging::sweep);
    }

    @Override
    public void process(Record<String, Mention> record) {
        Mention mention = record.value();
        String entity = record.key() != null ? record.key() : mention.entityId();
        long time = record.timestamp();
        long clock = Math.max(context.currentStreamTimeMs(), time);
        emerging.clockAt(time);
        WatchRule rule = watchlist.get(entity);
        boolean watched = rule != null && rule.enabled();
        long windowStart = rules.windowStart(time);
        CoverageState state = null;
        DetectorState detectorState = null;
        if (watched) {
            meters.mention(entity, mention);
            state = coverage.get(entity);
            if (state == null) {
                state = rebuild.rebuild(entity, rule.name(), rule,
                        rules.firstOpenWindow(clock));
            }
            detectorState = DetectorState.fromBytes(state.detector);
            closeThrough(state, detectorState, rule, rules.firstOpenWindow(clock), clock);
        }
        long firstOpen = state != null ? state.nextClose : rules.firstOpenWindow(clock);
        if (windowStart < firstOpen) {
            long lateBy = clock - (windowStart + rules.bucketMs() + rules.grace().toMillis());
            meters.late(watched ? entity : AlertMeters.UNWATCHED);
            history.late(entity, mention, clock, Math.max(0, lateBy));
            if (state != null) {
                state.lateMentions++;
                save(state, detectorState);
            }
            return;
        }
        boolean newStory = dedupe.firstInWindow(entity, mention, windowStart, time);
        history.record(entity, mention, windowStart, time, newStory);
        if (state == null) {
            emerging.observe(entity, mention, windowStart, time, newStory);
            return;
        }
        WindowTally window = state.window(windowStart);
        if (newStory) {
            window.addNewStory(mention);
            judge.early(state, detectorState, window, rule, clock);
        } else {
            window.addRepeat();
        }
        save(state, detectorState);
    }

    private void save(CoverageState state, DetectorState detectorState) {
        state.detector = detectorState.toBytes();
        stateSize.check(state.entityId, state);
        coverage.put(state.entityId, state);
    }

    /** Closes every window of the entity that starts before {@code firstOpen}, oldest first. */
    private void closeThrough(CoverageState state, DetectorState detectorState, WatchRule rule, long firstOpen,
                              long now) {
        int emptyRun = 0;
        while (state.nextClose < firstOpen) {
            WindowTally window = state.open.remove(state.nextClose);
            if (window == null) {
                if (emptyRun >= MAX_EMPTY_WINDOWS) {
                    // a long silence: skip to the next window that has coverage, or to the first open one
                    Long next = state.open.isEmpty() ? null : state.open.firstKey();
                    state.nextClose = next == null || next > firstOpen ? firstOpen : next;
                    emptyRun = 0;
                    continue;
                }
                window = WindowTally.starting(state.nextClose);
                emptyRun++;
            } else {
                emptyRun = 0;
            }
            if (state.windowsClosed == 0 && window.mentions == 0) {
                // an entity with no coverage yet has no history: the empty hours before its first mention (the grace
                // period's worth at least) are not a baseline of zeros, so the detector starts at its first coverage
                state.nextClose += rules.bucketMs();
                continue;
            }
            double expected = judge.close(state, detectorState, window, rule, now);
            history.expected(state.entityId, window, state.entityName, expected);
            state.nextClose += rules.bucketMs();
        }
    }

    private void closeQuietWindows(long streamTime) {
        closeAll(rules.firstOpenWindow(streamTime), streamTime, false);
    }

    /**
     * While no record moves stream time on for longer than the grace period, the clock of entities with drop alerts
     * moves on with the wall clock, so their windows close and an outage of every feed is seen as a drop.
     */
    private void advanceIdleDropClocks(long wallNow) {
        long streamTime = context.currentStreamTimeMs();
        if (streamTime != lastStreamTime) {
            lastStreamTime = streamTime;
            lastStreamAdvanceWall = wallNow;
            return;
        }
        long idle = wallNow - lastStreamAdvanceWall;
        if (streamTime < 0 || idle <= rules.grace().toMillis()) {
            return;
        }
        long clock = streamTime + idle;
        closeAll(rules.firstOpenWindow(clock), clock, true);
    }

    private void closeAll(long firstOpen, long now, boolean dropRulesOnly) {
        List<KeyValue<String, CoverageState>> due = new ArrayList<>();
        try (KeyValueIterator<String, CoverageState> all = coverage.all()) {
            while (all.hasNext()) {
                KeyValue<String, CoverageState> entry = all.next();
                if (entry.value.nextClose < firstOpen) {
                    due.add(entry);
                }
            }
        }
        for (KeyValue<String, CoverageState> entry : due) {
            WatchRule rule = watchlist.get(entry.key);
            if (rule == null || !rule.enabled()) {
                // no longer watched: its history stays, and a baseline is rebuilt from it if it is watched again
                coverage.delete(entry.key);
                continue;
            }
            if (dropRulesOnly && !rule.dropAlerts()) {
                continue;
            }
            CoverageState state = entry.value;
            DetectorState detectorState = DetectorState.fromBytes(state.detector);
            closeThrough(state, detectorState, rule, firstOpen, now);
            save(state, detectorState);
        }
    }
}
