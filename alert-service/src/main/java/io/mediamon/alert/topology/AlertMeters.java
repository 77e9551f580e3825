package io.mediamon.alert.topology;

import io.mediamon.common.event.Alert;
import io.mediamon.common.event.Mention;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * alert-service meters. Per-entity meters exist only for watched entities (the processor ignores the rest),
 * which keeps their cardinality bounded by the watchlist.
 */
public final class AlertMeters {
    /** Weight of the newest mention in the running sentiment gauge. */
    private static final double SENTIMENT_ALPHA = 0.1;

    /** The entity tag of late mentions of entities not watched (per-entity meters exist only for watched ones). */
    public static final String UNWATCHED = "_unwatched";

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> sentimentBits = new ConcurrentHashMap<>();

    public AlertMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Counts the mention by sentiment label, and moves the entity's running sentiment gauge (an exponentially
     * weighted mean of scores in [-1, 1]; a summary cannot hold negative values, so a gauge is used).
     */
    public void mention(String entity, Mention mention) {
        String label = mention.sentiment() == null ? "neutral" : mention.sentiment().label().text();
        Counter.builder("mediamon.entity.mentions").description("Mentions of watched entities, by sentiment label")
                .tags(Tags.of("entity", entity, "name", nameOf(mention), "sentiment", label)).register(registry)
                .increment();
        if (mention.sentiment() == null) {
            return;
        }
        AtomicLong bits = sentimentBits.computeIfAbsent(entity, key -> {
            AtomicLong holder = new AtomicLong(Double.doubleToLongBits(Double.NaN));
            Gauge.builder("mediamon.entity.sentiment", holder, h -> Double.longBitsToDouble(h.get()))
                    .description("Running mean sentiment toward a watched entity, in [-1, 1]")
                    .tags(Tags.of("entity", entity, "name", nameOf(mention))).register(registry);
            return holder;
        });
        double score = mention.sentiment().score();
        bits.updateAndGet(current -> {
            double previous = Double.longBitsToDouble(current);
            double next = Double.isNaN(previous) ? score : previous + SENTIMENT_ALPHA * (score - previous);
            return Double.doubleToLongBits(next);
        });
    }

    private static String nameOf(Mention mention) {
        return mention.entityName() == null ? "" : mention.entityName();
    }

    public void late(String entity) {
        Counter.builder("mediamon.mentions.late").description("Mentions that came later than the grace period: kept in the late-mentions store, not counted")
                .tag("entity", entity).register(registry).increment();
    }

    public void alert(Alert alert) {
        Counter.builder("mediamon.alerts").description("Alert events emitted, by type and status")
                .tag("type", alert.type().wire()).tag("status", alert.status().wire())
                .tag("severity", alert.severity().wire())
                .register(registry).increment();
    }
}
