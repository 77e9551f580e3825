package io.mediamon.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), now::get);

    @Test
    void shouldOpenAfterThresholdFailuresAndProbeOnceTheOpenTimeHasPassed() {
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.waitBeforeAttempt()).isZero();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.waitBeforeAttempt()).isEqualTo(Duration.ofSeconds(30));
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(breaker.waitBeforeAttempt()).isEqualTo(Duration.ofSeconds(20));
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(breaker.waitBeforeAttempt()).isZero();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(breaker.waitBeforeAttempt()).isZero();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void shouldWaitForTheBreakerInsteadOfSpendingAttemptsWhileItIsOpen() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        DeliveryTarget failing = new FakeTarget(event -> {
            calls.incrementAndGet();
            return DeliveryTarget.Outcome.retry("HTTP 503");
        });
        List<Duration> waits = new ArrayList<>();
        RetryingDelivery delivery = new RetryingDelivery(failing, 5,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)), breaker, duration -> {
                    waits.add(duration);
                    now.addAndGet(duration.toNanos());
                }, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        RetryingDelivery.Result result = delivery.deliver(AlertFixtures.event(1));
        assertThat(result.delivered()).isFalse();
        assertThat(result.attempts()).isEqualTo(5);
        assertThat(result.reason()).isEqualTo("HTTP 503");
        assertThat(calls).hasValue(5);
        // after the third failure the circuit is open: the fourth and fifth tries each wait for it
        assertThat(waits.stream().filter(d -> d.compareTo(Duration.ofSeconds(25)) >= 0).count()).isEqualTo(2);
    }

    @Test
    void shouldRetryWithGrowingJitteredBackoffThenDeliver() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        DeliveryTarget flaky = new FakeTarget(event -> calls.incrementAndGet() < 3
                ? DeliveryTarget.Outcome.retry("HTTP 500") : DeliveryTarget.Outcome.delivered());
        List<Duration> waits = new ArrayList<>();
        RetryingDelivery delivery = new RetryingDelivery(flaky, 5,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)),
                new CircuitBreaker(10, Duration.ofSeconds(30), now::get), waits::add,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        RetryingDelivery.Result result = delivery.deliver(AlertFixtures.event(1));
        assertThat(result.delivered()).isTrue();
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void shouldNotRetryARejectionOrLetATargetExceptionEscape() throws InterruptedException {
        RetryingDelivery rejected = new RetryingDelivery(new FakeTarget(
                event -> DeliveryTarget.Outcome.rejected("HTTP 404 (not retried)")), 5,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(1)), breaker, d -> { },
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        assertThat(rejected.deliver(AlertFixtures.event(1)))
                .isEqualTo(new RetryingDelivery.Result(false, 1, "HTTP 404 (not retried)"));
        RetryingDelivery throwing = new RetryingDelivery(new FakeTarget(event -> {
            throw new IllegalStateException("boom");
        }), 2, new Backoff(Duration.ofMillis(1), Duration.ofMillis(1)),
                new CircuitBreaker(10, Duration.ofSeconds(1), now::get), d -> { },
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        assertThat(throwing.deliver(AlertFixtures.event(1)).reason()).isEqualTo("IllegalStateException");
    }

    @Test
    void shouldKeepBackoffWithinHalfAndAllOfTheCappedExponential() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(1)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
            assertThat(backoff.delay(4)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(4000));
            assertThat(backoff.delay(30)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
        }
    }

    /** A target whose attempts a test decides. */
    static final class FakeTarget implements DeliveryTarget {
        private final java.util.function.Function<io.mediamon.common.event.AlertEvent, Outcome> attempts;

        FakeTarget(java.util.function.Function<io.mediamon.common.event.AlertEvent, Outcome> attempts) {
            this.attempts = attempts;
        }

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String label() {
            return "fake";
        }

        @Override
        public String kind() {
            return "webhook";
        }

        @Override
        public Outcome attempt(io.mediamon.common.event.AlertEvent event) {
            return attempts.apply(event);
        }

        @Override
        public String payload(io.mediamon.common.event.AlertEvent event) {
            return event.id();
        }
    }
}
