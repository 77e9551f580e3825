package io.mediamon.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeedHealthTest {
    private Instant now = Instant.parse("2024-03-15T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FeedHealth health = new FeedHealth(registry, clock);
    private final FeedSpec spec = new FeedSpec(URI.create("https://wire.example.com/rss?token=secret"), "Wire",
            Duration.ofMinutes(5));

    @Test
    void shouldReportAFeedSilentForMuchLongerThanItsUsualGap() {
        FeedHealth.Stats stats = health.register(spec);
        for (int i = 0; i < 5; i++) {
            stats.succeeded(2);
            now = now.plus(Duration.ofMinutes(30));
        }
        assertThat(health.problems()).isEmpty();

        for (int i = 0; i < 30; i++) {
            now = now.plus(Duration.ofMinutes(5));
            stats.succeeded(0);
        }

        assertThat(health.problems()).singleElement().asString().contains("is silent").contains("usual gap is 1800 s")
                .doesNotContain("secret");
        assertThat(registry.get("mediamon.feed.unhealthy").gauge().value()).isEqualTo(1.0);
        assertThat(registry.get("mediamon.feed.items").counter().count()).isEqualTo(10.0);
    }

    @Test
    void shouldReportAFailingFeedAndClearItOnSuccess() {
        FeedHealth.Stats stats = health.register(spec);
        stats.succeeded(1);
        for (int i = 0; i < FeedHealth.FAILING_AFTER; i++) {
            stats.failed("feed answered HTTP 503");
        }
        assertThat(health.problems()).singleElement().asString().contains("is failing").contains("HTTP 503");
        assertThat(registry.get("mediamon.feed.errors").counter().count()).isEqualTo(3.0);

        stats.succeeded(0);

        assertThat(health.problems()).isEmpty();
    }
}
