package io.mediamon.alert.delivery;

import io.mediamon.common.event.AlertEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/**
 * Delivers one event to one target: up to {@code attempts} tries, exponential backoff with jitter between them,
 * and the target's circuit breaker in front, so a dead receiver is probed rather than hammered. An exception from
 * the target counts as a failed try; it never escapes.
 */
final class RetryingDelivery {
    /** Waits, unless the delivery is being stopped. */
    @FunctionalInterface
    interface Waiter {
        /** @throws InterruptedException when the owner stops */
        void await(Duration duration) throws InterruptedException;
    }

    record Result(boolean delivered, int attempts, String reason) {
    }

    private final DeliveryTarget target;
    private final int attempts;
    private final Backoff backoff;
    private final CircuitBreaker breaker;
    private final Waiter waiter;
    private final MeterRegistry registry;

    RetryingDelivery(DeliveryTarget target, int attempts, Backoff backoff, CircuitBreaker breaker, Waiter waiter,
                     MeterRegistry registry) {
        this.target = target;
        this.attempts = attempts;
        this.backoff = backoff;
        this.breaker = breaker;
        this.waiter = waiter;
        this.registry = registry;
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    Result deliver(AlertEvent event) throws InterruptedException {
        String last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Duration wait;
            while (!(wait = breaker.waitBeforeAttempt()).isZero()) {
                waiter.await(wait);
            }
            DeliveryTarget.Outcome outcome;
            try {
                outcome = target.attempt(event);
            } catch (RuntimeException e) {
                outcome = DeliveryTarget.Outcome.retry(e.getClass().getSimpleName());
            }
            switch (outcome.kind()) {
                case DELIVERED -> {
                    breaker.onSuccess();
                    count("delivered");
                    return new Result(true, attempt, null);
                }
                case REJECTED -> {
                    count("rejected");
                    return new Result(false, attempt, outcome.detail());
                }
                default -> {
                    breaker.onFailure();
                    count("retry");
                    last = outcome.detail();
                    if (attempt < attempts) {
                        waiter.await(backoff.delay(attempt));
                    }
                }
            }
        }
        count("failed");
        return new Result(false, attempts, last);
    }

    private void count(String outcome) {
        Counter.builder("mediamon.webhook.deliveries").description("Alert delivery attempts by target kind and outcome")
                .tag("kind", target.kind()).tag("outcome", outcome).register(registry).increment();
    }
}
