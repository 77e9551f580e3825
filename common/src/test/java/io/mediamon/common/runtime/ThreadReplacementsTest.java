package io.mediamon.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThreadReplacementsTest {
    @Test
    void shouldBeExhaustedAfterMoreThanNReplacementsWithinTheWindowOnly() {
        MutableClock clock = new MutableClock();
        ThreadReplacements replacements = new ThreadReplacements(2, Duration.ofMinutes(10), clock);
        replacements.record();
        replacements.record();
        assertThat(replacements.exhausted()).isFalse();
        replacements.record();
        assertThat(replacements.exhausted()).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(replacements.exhausted()).isFalse();
        assertThat(replacements.recent()).isZero();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
