package io.mediamon.alert.delivery;

import io.mediamon.common.event.AlertSeverity;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertType;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.AlertStory;
import io.mediamon.common.event.SentimentMix;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Alerts and alert events for delivery tests; the one place that builds an {@link Alert} by hand. */
final class AlertFixtures {
    private AlertFixtures() {
    }

    static Alert alert(String entityName, String reason, AlertStory story) {
        Instant at = Instant.parse("2026-03-01T10:15:00Z");
        return new Alert("alert-1", AlertType.SPIKE, AlertStatus.OPEN, AlertSeverity.HIGH, "Q1", entityName, at.minusSeconds(900),
                at.plusSeconds(2700), 25, 1.5, 9.0, reason, List.of(story), Map.of("outlet.example", 25L),
                Map.of("diplomacy", 25L), new SentimentMix(20, 5, 0, -0.4), at, at);
    }

    static AlertEvent event(int n) {
        return eventWithReason(n, "reason " + n);
    }

    static AlertEvent eventWithReason(int n, String reason) {
        Alert alert = alert("Entity " + n, reason,
                new AlertStory("a" + n, "s" + n, "Story " + n, "outlet.example", SentimentLabel.NEGATIVE, -0.5));
        Alert renamed = new Alert("alert-" + n, alert.type(), alert.status(), alert.severity(), alert.entityId(),
                alert.entityName(), alert.windowStart(), alert.windowEnd(), alert.count(), alert.baseline(),
                alert.score(), alert.reason(), alert.topArticles(), alert.outlets(), alert.topics(),
                alert.sentimentMix(), alert.openedAt(), alert.updatedAt().plusMillis(n));
        return AlertEvent.of(renamed, "/mediamon/alert-service");
    }
}
