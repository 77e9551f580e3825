package io.mediamon.alert.topology;

import io.mediamon.alert.detect.Detection;
import io.mediamon.alert.detect.DetectorState;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.model.CoverageState;
import io.mediamon.alert.model.OpenAlert;
import io.mediamon.alert.model.WindowTally;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.streams.StateSizeGuard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Per watched entity: counts unique stories in event-time windows, runs the spike detector on each closed
 * window and on the open one (early firing), tracks sentiment against its baseline, and drives each alert
 * through open, update and resolved with cooldown, so one spike gives one alert that is updated.
 * Quiet entities have their windows closed by a stream-time punctuation, so a quiet hour counts as zero.
 */
final class CoverageProcessor implements Processor<String, Mention, String, AlertEvent> {
    /** Longest run of empty windows fed to the detector one by one after a silence; longer gaps are skipped. */
    private static final int MAX_EMPTY_WINDOWS = 24 * 14;

    private final AlertRules rules;
    private final SpikeDetector detector;
    private final AlertMeters meters;
    private final StateSizeGuard<CoverageState> stateSize;
    private ProcessorContext<String, AlertEvent> context;
    private KeyValueStore<String, CoverageState> coverage;
    private KeyValueStore<String, WatchRule> watchlist;
    private WindowStore<String, Long> stories;

    CoverageProcessor(AlertRules rules, SpikeDetector detector, AlertMeters meters,
                      StateSizeGuard<CoverageState> stateSize) {
        this.stateSize = stateSize;
        this.rules = rules;
        this.detector = detector;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, AlertEvent> context) {
        this.context = context;
        this.coverage = context.getStateStore(AlertTopology.COVERAGE_STORE);
        this.watchlist = context.getStateStore(AlertTopology.WATCHLIST_STORE);
        this.stories = context.getStateStore(AlertTopology.STORIES_STORE);
        long every = Math.max(1_000, rules.bucketMs() / 4);
        context.schedule(java.time.Duration.ofMillis(every), PunctuationType.STREAM_TIME, this::closeQuietWindows);
    }

    @Override
    public void process(Record<String, Mention> record) {
        String entity = record.key();
        WatchRule rule = entity == null ? null : watchlist.get(entity);
        if (rule == null || !rule.enabled()) {
            return;
        }
        Mention mention = record.value();
        long time = record.timestamp();
        meters.mention(entity, mention);
        long windowStart = rules.windowStart(time);
        CoverageState state = coverage.get(entity);
        if (state == null) {
            state = CoverageState.fresh(entity, rule.name(), windowStart, detector.initial().toBytes());
        }
        DetectorState detectorState = DetectorState.fromBytes(state.detector);
        if (windowStart > state.window.startMs) {
            closeWindows(state, detectorState, windowStart, rule, time);
        } else if (time < state.window.startMs - rules.grace().toMillis()) {
            state.lateMentions++;
            meters.late(entity);
            coverage.put(entity, state);
            return;
        }
        if (countStory(entity, mention, state.window.startMs, time)) {
            state.window.addNewStory(mention);
            fireEarly(state, detectorState, time, rule);
        } else {
            state.window.addRepeat();
        }
        state.detector = detectorState.toBytes();
        stateSize.check(entity, state);
        coverage.put(entity, state);
    }

    /** Records the mention's story in the entity's window; true when the story was not yet counted there. */
    private boolean countStory(String entity, Mention mention, long windowStart, long time) {
        String key = entity + "|" + WindowTally.storyOf(mention);
        if (stories.fetch(key, windowStart) != null) {
            return false;
        }
        stories.put(key, time, windowStart);
        return true;
    }

    private void closeQuietWindows(long streamTime) {
        long closeBefore = rules.windowStart(streamTime - rules.grace().toMillis());
        List<KeyValue<String, CoverageState>> changed = new ArrayList<>();
        try (KeyValueIterator<String, CoverageState> all = coverage.all()) {
            while (all.hasNext()) {
                KeyValue<String, CoverageState> entry = all.next();
                if (entry.value.window.startMs < closeBefore) {
                    changed.add(entry);
                }
            }
        }
        for (KeyValue<String, CoverageState> entry : changed) {
            WatchRule rule = watchlist.get(entry.key);
            if (rule == null) {
                coverage.delete(entry.key);
                continue;
            }
            CoverageState state = entry.value;
            DetectorState detectorState = DetectorState.fromBytes(state.detector);
            closeWindows(state, detectorState, closeBefore, rule, streamTime);
            state.detector = detectorState.toBytes();
            coverage.put(entry.key, state);
        }
    }

    /** Feeds every window before {@code nextWindowStart} to the detector and moves the state to that window. */
    private void closeWindows(CoverageState state, DetectorState detectorState, long nextWindowStart,
                              WatchRule rule, long now) {
        int fed = 0;
        while (state.window.startMs < nextWindowStart) {
            if (fed >= MAX_EMPTY_WINDOWS && state.window.uniqueStories == 0) {
                state.window = WindowTally.starting(nextWindowStart);
                break;
            }
            closeWindow(state, detectorState, rule, now);
            state.window = WindowTally.starting(state.window.startMs + rules.bucketMs());
            fed++;
        }
    }

    private void closeWindow(CoverageState state, DetectorState detectorState, WatchRule rule, long now) {
        WindowTally window = state.window;
        long windowEnd = window.startMs + rules.bucketMs();
        Detection detection = detector.observe(detectorState, Instant.ofEpochMilli(window.startMs),
                window.uniqueStories, rule.sensitivity());
        state.windowsClosed++;
        boolean spiking = detection.anomalous() && window.uniqueStories >= rules.minCount() && learnt(state);
        if (spiking) {
            raiseSpike(state, detectorState, detection, windowEnd, now);
        } else if (state.spike != null && windowEnd - state.spike.lastAnomalousMs() >= rules.cooldown().toMillis()) {
            emit(state, state.spike, AlertFactory.RESOLVED, window, windowEnd, detection.expected(),
                    detection.score(), "coverage back to normal: " + detection.reason(), now);
            state.spike = null;
        }
        checkSentiment(state, rule, windowEnd, now);
    }

    private void fireEarly(CoverageState state, DetectorState detectorState, long time, WatchRule rule) {
        WindowTally window = state.window;
        double fraction = Math.min(1.0, Math.max(0.01,
                (double) (time - window.startMs + 1) / rules.bucketMs()));
        if (fraction < rules.earlyFraction() || window.uniqueStories < rules.minCount() || !learnt(state)) {
            return;
        }
        Detection detection = detector.observePartial(detectorState, Instant.ofEpochMilli(time),
                window.uniqueStories, fraction, rule.sensitivity());
        if (detection.anomalous()) {
            raiseSpike(state, detectorState, detection, window.startMs + rules.bucketMs(), time);
        }
    }

    /**
     * Opens a spike alert, or updates the open one when it grew more severe, or when it grew by half since the
     * last event and the update interval has passed. Anything else only refreshes its cooldown: one spike, one
     * alert, a few updates.
     */
    private void raiseSpike(CoverageState state, DetectorState detectorState, Detection detection, long windowEnd,
                            long now) {
        WindowTally window = state.window;
        double baseline = detector.expected(detectorState, Instant.ofEpochMilli(window.startMs));
        String severity = AlertFactory.spikeSeverity(window.uniqueStories, baseline * fractionOf(window, now));
        String reason = String.format(Locale.ROOT, "%d unique stories about %s so far in this %s window vs %.1f"
                + " expected in a whole window; %s", window.uniqueStories, state.entityName,
                humanWidth(), baseline, detection.reason());
        if (state.spike == null) {
            state.spike = new OpenAlert(AlertFactory.alertId(state.entityId, AlertFactory.SPIKE, now),
                    AlertFactory.SPIKE, now, now, now, severity, window.uniqueStories, detection.score(),
                    window.uniqueStories);
            emit(state, state.spike, AlertFactory.OPEN, window, windowEnd, baseline, detection.score(), reason, now);
            return;
        }
        OpenAlert open = state.spike;
        boolean escalated = rank(severity) > rank(open.severity());
        boolean grown = now - open.lastEmittedMs() >= rules.updateInterval().toMillis()
                && window.uniqueStories >= Math.ceil(open.emittedCount() * 1.5);
        if (escalated || grown) {
            state.spike = open.emitted(now, escalated ? severity : open.severity(), window.uniqueStories,
                    detection.score());
            emit(state, state.spike, AlertFactory.UPDATE, window, windowEnd, baseline, detection.score(), reason, now);
        } else {
            state.spike = open.stillAnomalous(now, window.uniqueStories, detection.score());
        }
    }

    private double fractionOf(WindowTally window, long now) {
        return Math.min(1.0, Math.max(0.05, (double) (now - window.startMs + 1) / rules.bucketMs()));
    }

    private String humanWidth() {
        long minutes = rules.bucket().toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + "h" : minutes + "min";
    }

    /** Whether the entity has enough history for its baseline to be trusted. */
    private boolean learnt(CoverageState state) {
        return state.windowsClosed >= rules.minHistory();
    }

    private void checkSentiment(CoverageState state, WatchRule rule, long windowEnd, long now) {
        WindowTally window = state.window;
        if (window.uniqueStories < rules.sentimentMinStories()) {
            if (state.sentimentShift != null
                    && windowEnd - state.sentimentShift.lastAnomalousMs() >= rules.cooldown().toMillis()) {
                emit(state, state.sentimentShift, AlertFactory.RESOLVED, window, windowEnd, state.sentiment.mean, 0,
                        "sentiment back within its usual range", now);
                state.sentimentShift = null;
            }
            return;
        }
        double mean = window.meanSentiment();
        double deviations = state.sentiment.deviation(mean);
        boolean warm = state.sentiment.windows >= rules.sentimentWarmupWindows();
        boolean shifted = warm && Math.abs(deviations) * rule.sensitivity() >= rules.sentimentDeviations()
                && Math.abs(mean - state.sentiment.mean) >= rules.sentimentMinDelta();
        if (shifted) {
            String direction = mean < state.sentiment.mean ? "more negative" : "more positive";
            String reason = String.format(Locale.ROOT,
                    "sentiment toward %s turned %s: mean %.2f over %d stories vs usual %.2f (%.1f deviations)",
                    state.entityName, direction, mean, window.uniqueStories, state.sentiment.mean, deviations);
            double score = Math.min(1.0, Math.abs(deviations) / 10.0);
            String severity = AlertFactory.shiftSeverity(deviations);
            if (state.sentimentShift == null) {
                state.sentimentShift = new OpenAlert(AlertFactory.alertId(state.entityId,
                        AlertFactory.SENTIMENT_SHIFT, now), AlertFactory.SENTIMENT_SHIFT, now, now, now, severity,
                        window.uniqueStories, score, window.uniqueStories);
                emit(state, state.sentimentShift, AlertFactory.OPEN, window, windowEnd, state.sentiment.mean, score,
                        reason, now);
            } else {
                state.sentimentShift = state.sentimentShift.emitted(now, severity, window.uniqueStories, score);
                emit(state, state.sentimentShift, AlertFactory.UPDATE, window, windowEnd, state.sentiment.mean,
                        score, reason, now);
            }
        } else if (state.sentimentShift != null
                && windowEnd - state.sentimentShift.lastAnomalousMs() >= rules.cooldown().toMillis()) {
            emit(state, state.sentimentShift, AlertFactory.RESOLVED, window, windowEnd, state.sentiment.mean, 0,
                    "sentiment back within its usual range", now);
            state.sentimentShift = null;
        }
        state.sentiment.update(mean, 0.1);
    }

    private void emit(CoverageState state, OpenAlert open, String status, WindowTally window, long windowEnd,
                      double expected, double score, String reason, long now) {
        Alert alert = AlertFactory.alert(open, status, state.entityId, state.entityName, window, windowEnd, expected,
                score, reason, now);
        meters.alert(alert);
        context.forward(new Record<>(state.entityId, AlertEvent.of(alert, AlertTopology.EVENT_SOURCE), now));
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "critical" -> 3;
            case "high" -> 2;
            case "medium" -> 1;
            default -> 0;
        };
    }
}
