package io.mediamon.alert.topology;

import io.mediamon.common.event.Alert;
import io.mediamon.common.event.Mention;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * alert-service meters. Per-entity meters exist only for watched entities (the processor ignores the rest),
 * which keeps their cardinality bounded by the watchlist.
 */
public final class AlertMeters {
    private final MeterRegistry registry;

    public AlertMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void mention(String entity, Mention mention) {
        Counter.builder("mediamon.entity.mentions").description("Mentions of watched entities")
                .tag("entity", entity).register(registry).increment();
        if (mention.sentiment() != null) {
            DistributionSummary.builder("mediamon.entity.sentiment")
                    .description("Sentiment score toward watched entities, per mention")
                    .tag("entity", entity).register(registry).record(mention.sentiment().score());
        }
    }

    void late(String entity) {
        Counter.builder("mediamon.mentions.late").description("Mentions that arrived after their window closed")
                .tag("entity", entity).register(registry).increment();
    }

    void alert(Alert alert) {
        Counter.builder("mediamon.alerts").description("Alert events emitted, by type and status")
                .tag("type", alert.type()).tag("status", alert.status()).tag("severity", alert.severity())
                .register(registry).increment();
    }
}
