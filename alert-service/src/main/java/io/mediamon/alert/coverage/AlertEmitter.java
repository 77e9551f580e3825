package io.mediamon.alert.coverage;

import io.mediamon.alert.model.CoverageState;
import io.mediamon.alert.model.OpenAlert;
import io.mediamon.alert.model.WindowTally;
import io.mediamon.alert.topology.AlertMeters;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertStory;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Emits an alert event: builds the {@link Alert} that explains itself (top stories, outlets, topics, sentiment
 * mix), wraps it as a CloudEvent, counts it, keeps it in the alert history store and forwards it downstream.
 */
final class AlertEmitter {
    private final String source;
    private final long bucketMs;
    private final AlertMeters meters;
    private final ProcessorContext<String, AlertEvent> context;
    private final WindowStore<String, AlertEvent> history;

    AlertEmitter(String source, long bucketMs, AlertMeters meters, ProcessorContext<String, AlertEvent> context,
                 WindowStore<String, AlertEvent> history) {
        this.source = source;
        this.bucketMs = bucketMs;
        this.meters = meters;
        this.context = context;
        this.history = history;
    }

    void emit(CoverageState state, OpenAlert open, AlertStatus status, WindowTally window, double expected,
              double score, String reason, long now) {
        List<AlertStory> stories = window.sample.stream()
                .sorted(Comparator.comparingDouble((AlertStory s) -> -Math.abs(s.score()))).limit(5).toList();
        Alert alert = new Alert(open.alertId(), open.type(), status, open.severity(), state.entityId,
                state.entityName, Instant.ofEpochMilli(window.startMs), Instant.ofEpochMilli(window.startMs + bucketMs),
                window.uniqueStories, expected, Math.max(0, Math.min(1, score)), reason, stories,
                WindowTally.top(window.outlets, 10), WindowTally.top(window.topics, 10), window.sentimentMix(),
                Instant.ofEpochMilli(open.openedMs()), Instant.ofEpochMilli(now));
        AlertEvent event = AlertEvent.of(alert, source);
        meters.alert(alert);
        history.put(state.entityId, event, now);
        context.forward(new Record<>(state.entityId, event, now));
    }
}
