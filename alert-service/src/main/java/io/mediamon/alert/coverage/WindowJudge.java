package io.mediamon.alert.coverage;

import io.mediamon.alert.detect.Detection;
import io.mediamon.alert.detect.DetectorState;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.model.CoverageState;
import io.mediamon.alert.model.WindowTally;
import io.mediamon.common.event.AlertSeverity;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertType;
import io.mediamon.common.event.WatchRule;
import java.time.Instant;

/**
 * Judges a watched entity's windows: a closed window feeds the spike detector and is checked for a spike, a
 * sentiment shift and (when the watch rule asks) a drop; a new story in an open window is scored right away
 * (early firing). Each alert type goes through the shared {@link AlertLifecycle}.
 */
final class WindowJudge {
    private final AlertRules rules;
    private final SpikeDetector detector;
    private final AlertEmitter emitter;
    private final AlertReasons reasons;
    private final AlertLifecycle spikes;
    private final AlertLifecycle shifts;
    private final AlertLifecycle drops;

    WindowJudge(AlertRules rules, SpikeDetector detector, AlertEmitter emitter) {
        this.rules = rules;
        this.detector = detector;
        this.emitter = emitter;
        this.reasons = new AlertReasons(rules.bucket());
        this.spikes = new AlertLifecycle(AlertType.SPIKE, rules.cooldown(), rules.updateInterval(), true);
        this.shifts = new AlertLifecycle(AlertType.SENTIMENT_SHIFT, rules.cooldown(), rules.updateInterval(), false);
        this.drops = new AlertLifecycle(AlertType.DROP, rules.cooldown(), rules.updateInterval(), false);
    }

    /** Feeds a closed window to the detector and checks it; returns the detector's expectation for it. */
    double close(CoverageState state, DetectorState detectorState, WindowTally window, WatchRule rule, long now) {
        long windowEnd = window.startMs + rules.bucketMs();
        Detection detection = detector.observe(detectorState, Instant.ofEpochMilli(window.startMs),
                window.uniqueStories, rule.sensitivity());
        double level = state.windowsClosed == 0 ? detection.expected() : state.countMean;
        state.closed(window.uniqueStories);
        boolean spiking = detection.anomalous() && window.uniqueStories >= rules.minCount() && learnt(state);
        if (spiking) {
            raiseSpike(state, detectorState, window, detection, anomalyAt(window, now), now);
        } else if (spikes.resolves(state.spike, windowEnd)) {
            emitter.emit(state, state.spike, AlertStatus.RESOLVED, window, detection.expected(), detection.score(),
                    reasons.spikeResolved(detection.reason()), now);
            state.spike = null;
        }
        checkSentiment(state, rule, window, windowEnd, now);
        if (rule.dropAlerts()) {
            // judged against the lower of the detector's seasonal expectation and the plain recent level, so a
            // seasonal factor still being learnt cannot make an ordinary window look like a drop
            checkDrop(state, window, Math.min(detection.expected(), level), windowEnd, now);
        } else {
            state.drop = null;
        }
        return detection.expected();
    }

    /** Scores an open window after a new story, so a spike alerts before its window closes. */
    void early(CoverageState state, DetectorState detectorState, WindowTally window, WatchRule rule, long now) {
        double fraction = fractionElapsed(window, now, 0.01);
        if (fraction < rules.earlyFraction() || window.uniqueStories < rules.minCount() || !learnt(state)) {
            return;
        }
        long at = Math.min(now, window.startMs + rules.bucketMs() - 1);
        Detection detection = detector.observePartial(detectorState, Instant.ofEpochMilli(at), window.uniqueStories,
                fraction, rule.sensitivity());
        if (detection.anomalous()) {
            raiseSpike(state, detectorState, window, detection, anomalyAt(window, now), now);
        }
    }

    /**
     * When, in event time, a window's anomaly happened: the stream time it was seen at, but no later than the
     * window's end. A window judged when it closes, up to the grace period after its end (a day, in a backfill), is
     * dated by its end, so the lifecycle's cooldown runs from the anomaly, not from when stream time reached it.
     */
    private long anomalyAt(WindowTally window, long now) {
        return Math.min(now, window.startMs + rules.bucketMs());
    }

    private void raiseSpike(CoverageState state, DetectorState detectorState, WindowTally window, Detection detection,
                            long at, long now) {
        double baseline = detector.expected(detectorState, Instant.ofEpochMilli(window.startMs));
        AlertSeverity severity = SeverityScale.spike(window.uniqueStories,
                baseline * fractionElapsed(window, now, 0.05));
        AlertLifecycle.Step step = spikes.anomalous(state.spike, state.entityId, severity, window.uniqueStories,
                detection.score(), at);
        state.spike = step.alert();
        if (step.emit() != null) {
            emitter.emit(state, state.spike, step.emit(), window, baseline, detection.score(),
                    reasons.spike(window.uniqueStories, state.entityName, baseline, detection.reason()), now);
        }
    }

    private void checkSentiment(CoverageState state, WatchRule rule, WindowTally window, long windowEnd, long now) {
        var thresholds = rules.sentiment();
        boolean judged = window.uniqueStories >= thresholds.minStories();
        double mean = window.meanSentiment();
        double usual = state.sentiment.mean;
        double deviations = state.sentiment.deviation(mean);
        boolean shifted = judged && state.sentiment.windows >= thresholds.warmupWindows()
                && Math.abs(deviations) * rule.sensitivity() >= thresholds.deviations()
                && Math.abs(mean - usual) >= thresholds.minDelta();
        if (shifted) {
            double score = Math.min(1.0, Math.abs(deviations) / 10.0);
            AlertLifecycle.Step step = shifts.anomalous(state.sentimentShift, state.entityId,
                    SeverityScale.shift(deviations), window.uniqueStories, score, anomalyAt(window, now));
            state.sentimentShift = step.alert();
            if (step.emit() != null) {
                emitter.emit(state, state.sentimentShift, step.emit(), window, usual, score,
                        reasons.shift(state.entityName, mean, usual, window.uniqueStories, deviations), now);
            }
        } else if (shifts.resolves(state.sentimentShift, windowEnd)) {
            emitter.emit(state, state.sentimentShift, AlertStatus.RESOLVED, window, usual, 0,
                    reasons.shiftResolved(), now);
            state.sentimentShift = null;
        }
        if (judged) {
            state.sentiment.update(mean, thresholds.alpha());
        }
    }

    private void checkDrop(CoverageState state, WindowTally window, double expected, long windowEnd, long now) {
        var thresholds = rules.drop();
        double tail = DropTail.atMost(window.uniqueStories, expected);
        boolean dropped = learnt(state) && expected >= thresholds.minExpected() && tail <= thresholds.maxTail();
        if (dropped) {
            double score = Math.min(1.0, -Math.log10(Math.max(tail, 1e-300)) / 10.0);
            AlertLifecycle.Step step = drops.anomalous(state.drop, state.entityId,
                    SeverityScale.drop(window.uniqueStories, expected), window.uniqueStories, score,
                    anomalyAt(window, now));
            state.drop = step.alert();
            if (step.emit() != null) {
                emitter.emit(state, state.drop, step.emit(), window, expected, score,
                        reasons.drop(state.entityName, window.uniqueStories, expected, tail), now);
            }
        } else if (drops.resolves(state.drop, windowEnd)) {
            emitter.emit(state, state.drop, AlertStatus.RESOLVED, window, expected, 0,
                    reasons.dropResolved(window.uniqueStories, expected), now);
            state.drop = null;
        }
    }

    private double fractionElapsed(WindowTally window, long now, double floor) {
        return Math.min(1.0, Math.max(floor, (double) (now - window.startMs + 1) / rules.bucketMs()));
    }

    /** Whether the entity has enough history for its baseline to be trusted. */
    private boolean learnt(CoverageState state) {
        return state.windowsClosed >= rules.minHistory();
    }
}
