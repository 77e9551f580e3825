package io.mediamon.alert.topology;

import io.mediamon.alert.model.OpenAlert;
import io.mediamon.alert.model.WindowTally;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertStory;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Builds the alert records the topology emits, and grades their severity. */
final class AlertFactory {
    static final String SPIKE = "spike";
    static final String SENTIMENT_SHIFT = "sentiment_shift";
    static final String OPEN = "open";
    static final String UPDATE = "update";
    static final String RESOLVED = "resolved";

    private AlertFactory() {
    }

    static String alertId(String entityId, String type, long openedMs) {
        return entityId + ":" + type + ":" + openedMs;
    }

    /** Severity of a spike from how far above expectation it is. */
    static String spikeSeverity(long count, double expected) {
        double ratio = count / Math.max(expected, 0.5);
        if (ratio >= 8) {
            return "critical";
        }
        if (ratio >= 4) {
            return "high";
        }
        if (ratio >= 2) {
            return "medium";
        }
        return "low";
    }

    /** Severity of a sentiment turn from how many baseline deviations it is. */
    static String shiftSeverity(double deviations) {
        double size = Math.abs(deviations);
        if (size >= 8) {
            return "high";
        }
        if (size >= 5) {
            return "medium";
        }
        return "low";
    }

    static Alert alert(OpenAlert open, String status, String entityId, String entityName, WindowTally window,
                       long windowEndMs, double expected, double score, String reason, long nowMs) {
        List<AlertStory> stories = window.sample.stream()
                .sorted(Comparator.comparingDouble((AlertStory s) -> -Math.abs(s.score()))).limit(5).toList();
        return new Alert(open.alertId(), open.type(), status, open.severity(), entityId, entityName,
                Instant.ofEpochMilli(window.startMs), Instant.ofEpochMilli(windowEndMs), window.uniqueStories,
                expected, score, reason, stories, WindowTally.top(window.outlets, 10),
                WindowTally.top(window.topics, 10), window.sentimentMix(), Instant.ofEpochMilli(open.openedMs()),
                Instant.ofEpochMilli(nowMs));
    }
}
