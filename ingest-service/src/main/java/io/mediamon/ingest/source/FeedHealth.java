package io.mediamon.ingest.source;

import io.mediamon.common.net.UrlRedaction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-feed health: last success, items, errors and time since the last new item, as meters tagged with the
 * (redacted) feed URL; and the feeds that are failing or have gone silent for much longer than their usual gap
 * between new items, for {@code /health/ready}'s detail.
 */
public final class FeedHealth {
    /** Errors in a row after which a feed counts as failing. */
    static final int FAILING_AFTER = 3;
    /** A feed is silent when no new item came for this many times its usual gap (and at least 3 intervals). */
    static final double SILENT_FACTOR = 4.0;
    private static final int MIN_GAPS = 3;

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<URI, Stats> feeds = new ConcurrentHashMap<>();

    public FeedHealth(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    Stats register(FeedSpec spec) {
        return feeds.computeIfAbsent(spec.url(), url -> new Stats(spec, UrlRedaction.url(url)));
    }

    /** One line per failing or silent feed; empty when all are well. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        Instant now = clock.instant();
        for (Stats stats : feeds.values()) {
            String problem = stats.problem(now);
            if (problem != null) {
                out.add(problem);
            }
        }
        return out;
    }

    /** The mutable record of one feed; updated by the poller thread only. */
    final class Stats {
        private final FeedSpec spec;
        private final String name;
        private final Counter items;
        private final Counter errors;
        private volatile Instant lastSuccess;
        private volatile Instant lastNewItem;
        private volatile int consecutiveErrors;
        private volatile String lastError;
        private volatile double usualGapSeconds;
        private volatile int gaps;

        private Stats(FeedSpec spec, String name) {
            this.spec = spec;
            this.name = name;
            this.items = Counter.builder("mediamon.feed.items").description("New items published from the feed")
                    .tag("feed", name).register(registry);
            this.errors = Counter.builder("mediamon.feed.errors").description("Failed polls of the feed")
                    .tag("feed", name).register(registry);
            Gauge.builder("mediamon.feed.last.success", this, s -> s.lastSuccess == null ? Double.NaN
                            : s.lastSuccess.toEpochMilli() / 1000.0)
                    .description("Unix time of the feed's last successful poll").baseUnit("seconds")
                    .tag("feed", name).register(registry);
            Gauge.builder("mediamon.feed.since.new.item", this, s -> s.lastNewItem == null ? Double.NaN
                            : Duration.between(s.lastNewItem, clock.instant()).toMillis() / 1000.0)
                    .description("Time since the feed last had a new item").baseUnit("seconds")
                    .tag("feed", name).register(registry);
            Gauge.builder("mediamon.feed.unhealthy", this, s -> s.problem(clock.instant()) == null ? 0 : 1)
                    .description("1 when the feed is failing or silent for much longer than its usual gap")
                    .tag("feed", name).register(registry);
        }

        void restored(Instant success, Instant newItem) {
            lastSuccess = success;
            lastNewItem = newItem;
        }

        Instant lastSuccess() {
            return lastSuccess;
        }

        Instant lastNewItem() {
            return lastNewItem;
        }

        void succeeded(int newItems) {
            Instant now = clock.instant();
            lastSuccess = now;
            consecutiveErrors = 0;
            lastError = null;
            if (newItems > 0) {
                items.increment(newItems);
                if (lastNewItem != null) {
                    double gap = Duration.between(lastNewItem, now).toMillis() / 1000.0;
                    usualGapSeconds = gaps == 0 ? gap : 0.7 * usualGapSeconds + 0.3 * gap;
                    gaps++;
                }
                lastNewItem = now;
            }
        }

        void failed(String reason) {
            errors.increment();
            consecutiveErrors++;
            lastError = reason;
        }

        String problem(Instant now) {
            if (consecutiveErrors >= FAILING_AFTER) {
                return "feed " + name + " is failing: " + consecutiveErrors + " errors in a row, last: " + lastError
                        + (lastSuccess == null ? "" : "; last success " + lastSuccess);
            }
            if (lastNewItem != null && gaps >= MIN_GAPS) {
                double floor = 3.0 * spec.interval().toMillis() / 1000.0;
                double limit = Math.max(SILENT_FACTOR * usualGapSeconds, floor);
                double silent = Duration.between(lastNewItem, now).toMillis() / 1000.0;
                if (silent > limit) {
                    return String.format(java.util.Locale.ROOT,
                            "feed %s is silent: no new item for %.0f s, its usual gap is %.0f s", name, silent,
                            usualGapSeconds);
                }
            }
            return null;
        }
    }
}
