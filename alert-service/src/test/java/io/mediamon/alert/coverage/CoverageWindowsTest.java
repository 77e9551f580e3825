package io.mediamon.alert.coverage;

import static io.mediamon.alert.coverage.AlertTestDriver.HOUR;
import static io.mediamon.alert.coverage.AlertTestDriver.MINUTE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.alert.model.BucketSummary;
import io.mediamon.alert.model.CoverageState;
import io.mediamon.alert.model.LateMention;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window logic with explicit event times: open windows within the grace period, late mentions, drops, re-adds. */
class CoverageWindowsTest {
    private static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();

    @TempDir
    Path stateDir;

    private AlertTestDriver driver(String name, Map<String, String> env) {
        return new AlertTestDriver(stateDir.resolve(name), env);
    }

    private static Map<String, String> env() {
        return Map.of("MEDIAMON_WATCHLIST", "Q148:China", "MEDIAMON_ALERT_GRACE", "10m");
    }

    private static long stories(AlertTestDriver d, String entity, long windowStart) {
        WindowStore<String, BucketSummary> history = d.store(CoverageStores.HISTORY_COVERAGE);
        BucketSummary bucket = history.fetch(entity, windowStart);
        return bucket == null ? 0 : bucket.stories;
    }

    @Test
    void shouldCountAMentionOutOfOrderWithinTheGracePeriodTowardItsOwnWindow() {
        try (AlertTestDriver d = driver("grace", env())) {
            d.watch("Q148", "China", false, T0);
            d.mention("Q148", T0 + 5 * MINUTE);
            d.mention("Q148", T0 + HOUR + 2 * MINUTE);   // opens the next window
            d.mention("Q148", T0 + 55 * MINUTE);         // 7 minutes behind stream time: still within grace

            assertThat(stories(d, "Q148", T0)).isEqualTo(2);
            assertThat(stories(d, "Q148", T0 + HOUR)).isEqualTo(1);
            assertThat(d.lateCount("Q148")).isZero();
            KeyValueStore<String, CoverageState> coverage = d.driver.getKeyValueStore(CoverageStores.COVERAGE);
            assertThat(coverage.get("Q148").open).containsKeys(T0, T0 + HOUR);
        }
    }

    @Test
    void shouldKeepAMentionLaterThanTheGracePeriodInTheLateStoreAndCountIt() {
        try (AlertTestDriver d = driver("late", env())) {
            d.watch("Q148", "China", false, T0);
            d.mention("Q148", T0 + 5 * MINUTE);
            d.mention("Q148", T0 + HOUR + 30 * MINUTE);  // the first window closed at 01:10
            d.mention("Q148", T0 + 50 * MINUTE);         // too late for it
            d.mention("Q30", T0 + 20 * MINUTE);          // not watched, also too late: kept as well

            assertThat(stories(d, "Q148", T0)).isEqualTo(1);
            assertThat(d.lateCount("Q148")).isEqualTo(1);
            WindowStore<String, LateMention> late = d.store(CoverageStores.LATE_MENTIONS);
            List<LateMention> kept = new ArrayList<>();
            try (WindowStoreIterator<LateMention> it = late.fetch("Q148", Instant.ofEpochMilli(T0),
                    Instant.ofEpochMilli(T0 + 3 * HOUR))) {
                it.forEachRemaining(kv -> kept.add(kv.value));
            }
            assertThat(kept).singleElement().satisfies(m -> {
                assertThat(m.eventTime()).isEqualTo(Instant.ofEpochMilli(T0 + 50 * MINUTE));
                assertThat(m.lateByMs()).isEqualTo(20 * MINUTE);
            });
            try (var it = late.fetch("Q30", Instant.ofEpochMilli(T0), Instant.ofEpochMilli(T0 + 3 * HOUR))) {
                assertThat(it.hasNext()).isTrue();
            }
        }
    }

    /** About 2 stories an hour for {@code hours}, a burst of 30 in the next hour, then quiet hours to resolve. */
    private static List<Long> spikeTimeline(int hours, long seed) {
        Random random = new Random(seed);
        List<Long> times = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                times.add(T0 + h * HOUR + random.nextInt((int) HOUR));
            }
        }
        for (int i = 0; i < 30; i++) {
            times.add(T0 + hours * HOUR + i * 90_000L);
        }
        for (int h = hours + 1; h < hours + 7; h++) {
            times.add(T0 + h * HOUR + 20 * MINUTE);
        }
        times.sort(Comparator.naturalOrder());
        return times;
    }

    /**
     * Two partitions of an analysis backfill that run at different speeds: every other mention arrives up to
     * {@code skewMs} of event time after the mentions around it.
     */
    private static List<Long> interleaved(List<Long> ordered, long skewMs) {
        List<long[]> arrival = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            long time = ordered.get(i);
            arrival.add(new long[] {time, i % 2 == 0 ? time : time + skewMs});
        }
        arrival.sort(Comparator.comparingLong(a -> a[1]));
        return arrival.stream().map(a -> a[0]).toList();
    }

    private record Step(AlertType type, AlertStatus status, Instant windowStart) {
    }

    private List<Step> lifecycle(String name, List<Long> arrival) {
        try (AlertTestDriver d = driver(name, env())) {
            d.watch("Q148", "China", false, T0);
            arrival.forEach(t -> d.mention("Q148", t));
            return d.alerts.readValuesToList().stream().map(AlertEvent::data)
                    .filter(a -> a.status() != AlertStatus.UPDATE)
                    .map(a -> new Step(a.type(), a.status(), a.windowStart())).toList();
        }
    }

    @Test
    void shouldStartANewEntitysBaselineAtItsFirstCoverageNotAtAGracePeriodOfEmptyHours() {
        try (AlertTestDriver d = driver("first-coverage", Map.of("MEDIAMON_WATCHLIST", "Q148:China",
                "MEDIAMON_ALERT_GRACE", "1d"))) {
            d.watch("Q148", "China", false, T0);
            for (int h = 0; h < 50; h++) {
                d.mention("Q148", T0 + h * HOUR + 5 * MINUTE);
            }
            // stream time 49:05 with a day's grace: the windows from 00:00 to 24:00 have closed, and no empty
            // window from before the first mention was fed to the detector as a zero
            CoverageState state = d.driver.<String, CoverageState>getKeyValueStore(CoverageStores.COVERAGE).get("Q148");
            assertThat(state.windowsClosed).isEqualTo(25);
            assertThat(state.countMean).isEqualTo(1.0);
        }
    }

    @Test
    void shouldResolveASpikeJudgedADayAfterItsWindowSoALaterBurstOpensAnAlertOfItsOwn() {
        // one-day grace: each window is judged when stream time is a day past its end
        try (AlertTestDriver d = driver("late-judged", Map.of("MEDIAMON_WATCHLIST", "Q148:China",
                "MEDIAMON_ALERT_GRACE", "1d"))) {
            d.watch("Q148", "China", false, T0);
            Random random = new Random(11);
            for (int h = 0; h < 72; h++) {
                int stories = h == 40 ? 14 : 1 + random.nextInt(3);
                for (int i = 0; i < stories; i++) {
                    d.mention("Q148", T0 + h * HOUR + (i * HOUR) / (stories + 1));
                }
            }
            for (int i = 0; i < 25; i++) {
                d.mention("Q148", T0 + 72 * HOUR + i * MINUTE);
            }
            List<Step> steps = d.alerts.readValuesToList().stream().map(AlertEvent::data)
                    .filter(a -> a.status() != AlertStatus.UPDATE)
                    .map(a -> new Step(a.type(), a.status(), a.windowStart())).toList();

            // the hour-40 spike is judged again when its window closes at hour 65; its cooldown runs from hour 41,
            // not from hour 65, so it has resolved by hour 72 and the burst is an alert of its own
            List<Step> spikes = steps.stream().filter(step -> step.type() == AlertType.SPIKE).toList();
            assertThat(spikes).extracting(Step::status)
                    .containsExactly(AlertStatus.OPEN, AlertStatus.RESOLVED, AlertStatus.OPEN);
            assertThat(spikes.get(0).windowStart()).isEqualTo(Instant.ofEpochMilli(T0 + 40 * HOUR));
            assertThat(spikes.get(2).windowStart()).isEqualTo(Instant.ofEpochMilli(T0 + 72 * HOUR));
        }
    }

    @Test
    void shouldRaiseTheSameAlertsForABackfillInterleavedAcrossPartitionsAsForOneInOrder() {
        List<Long> ordered = spikeTimeline(48, 21);
        List<Long> shuffled = interleaved(ordered, 8 * MINUTE);
        assertThat(shuffled).isNotEqualTo(ordered);

        List<Step> inOrder = lifecycle("ordered", ordered);
        List<Step> outOfOrder = lifecycle("interleaved", shuffled);

        assertThat(inOrder).extracting(Step::status).containsExactly(AlertStatus.OPEN, AlertStatus.RESOLVED);
        assertThat(outOfOrder).isEqualTo(inOrder);
    }

    @Test
    void shouldRaiseADropAlertWhenCoverageVanishesForARuleThatAsksForIt() {
        try (AlertTestDriver d = driver("drop", Map.of("MEDIAMON_WATCHLIST", "Q148:China"))) {
            d.watch("Q148", "China", true, T0);
            d.watch("Q30", "United States", false, T0);
            for (int h = 0; h < 30; h++) {
                for (int i = 0; i < 10; i++) {
                    d.mention("Q148", T0 + h * HOUR + i * 6 * MINUTE);
                    d.mention("Q30", T0 + h * HOUR + i * 6 * MINUTE + 1);
                }
            }
            // Q148 stops; Q30 goes on and moves stream time
            for (int h = 30; h < 34; h++) {
                for (int i = 0; i < 10; i++) {
                    d.mention("Q30", T0 + h * HOUR + i * 6 * MINUTE);
                }
            }
            List<AlertEvent> events = d.alerts.readValuesToList();

            assertThat(events).filteredOn(e -> e.data().type() == AlertType.DROP)
                    .extracting(e -> e.data().entityId(), e -> e.data().status())
                    .startsWith(org.assertj.core.groups.Tuple.tuple("Q148", AlertStatus.OPEN));
            assertThat(events).filteredOn(e -> e.data().type() == AlertType.DROP)
                    .allMatch(e -> e.data().entityId().equals("Q148") && e.data().reason().contains("vanished")
                            || e.data().status() != AlertStatus.OPEN);
            assertThat(events).noneMatch(e -> e.data().type() == AlertType.DROP && e.data().entityId().equals("Q30"));
            assertThat(events.stream().filter(e -> e.data().type() == AlertType.DROP).findFirst().orElseThrow().type())
                    .isEqualTo("io.mediamon.alert.drop");
        }
    }

    @Test
    void shouldSeeADropWhenEveryFeedStopsByMovingTheClockOnWithTheWallClock() {
        try (AlertTestDriver d = driver("outage", Map.of("MEDIAMON_WATCHLIST", "Q148:China"))) {
            d.watch("Q148", "China", true, T0);
            for (int h = 0; h < 30; h++) {
                for (int i = 0; i < 10; i++) {
                    d.mention("Q148", T0 + h * HOUR + i * 6 * MINUTE);
                }
            }
            assertThat(d.alerts.readValuesToList()).noneMatch(e -> e.data().type() == AlertType.DROP);
            for (int step = 0; step < 16; step++) {
                d.driver.advanceWallClockTime(Duration.ofMinutes(15));
            }

            assertThat(d.alerts.readValuesToList()).anyMatch(e -> e.data().type() == AlertType.DROP
                    && e.data().status() == AlertStatus.OPEN);
        }
    }

    @Test
    void shouldKeepTheBaselineOfAnEntityRemovedAndAddedAgain() {
        try (AlertTestDriver d = driver("readd", env())) {
            d.watch("Q148", "China", false, T0);
            Random random = new Random(5);
            long h = 0;
            for (; h < 72; h++) {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    d.mention("Q148", T0 + h * HOUR + i * 15 * MINUTE);
                    d.mention("Q30", T0 + h * HOUR + i * 15 * MINUTE + 1);
                }
            }
            d.unwatch("Q148", T0 + h * HOUR);
            for (; h < 75; h++) {
                d.mention("Q148", T0 + h * HOUR + 10 * MINUTE);
                d.mention("Q30", T0 + h * HOUR + 10 * MINUTE);
            }
            KeyValueStore<String, CoverageState> coverage = d.driver.getKeyValueStore(CoverageStores.COVERAGE);
            assertThat(coverage.get("Q148")).as("state dropped once unwatched").isNull();
            d.watch("Q148", "China", false, T0 + h * HOUR);
            d.watch("Q30", "United States", false, T0 + h * HOUR);
            for (int i = 0; i < 30; i++) {
                d.mention("Q148", T0 + h * HOUR + i * MINUTE);
                d.mention("Q30", T0 + h * HOUR + i * MINUTE + 1);
            }
            List<AlertEvent> spikes = d.alerts.readValuesToList().stream()
                    .filter(e -> e.data().type() == AlertType.SPIKE && e.data().status() == AlertStatus.OPEN).toList();

            // Q148's baseline came back from its history; Q30 was never watched before, but its history counts too
            assertThat(spikes).extracting(e -> e.data().entityId()).contains("Q148", "Q30");
            assertThat(spikes.stream().filter(e -> e.data().entityId().equals("Q148")).findFirst().orElseThrow()
                    .data().windowStart()).isEqualTo(Instant.ofEpochMilli(T0 + h * HOUR));
            assertThat(coverage.get("Q148").windowsClosed).isGreaterThanOrEqualTo(74);
        }
    }

    @Test
    void shouldWriteTheDetectorsExpectationIntoTheCoverageHistory() {
        try (AlertTestDriver d = driver("expected", env())) {
            d.watch("Q148", "China", false, T0);
            for (int h = 0; h < 6; h++) {
                d.mention("Q148", T0 + h * HOUR + 30 * MINUTE);
            }
            WindowStore<String, BucketSummary> history = d.store(CoverageStores.HISTORY_COVERAGE);
            List<KeyValue<Long, BucketSummary>> buckets = new ArrayList<>();
            try (var it = history.fetch("Q148", Instant.ofEpochMilli(T0), Instant.ofEpochMilli(T0 + 6 * HOUR))) {
                it.forEachRemaining(buckets::add);
            }
            assertThat(buckets).hasSize(6);
            assertThat(buckets.subList(0, 4)).allSatisfy(kv -> assertThat(kv.value.expected).isNotNull());
            assertThat(buckets.get(0).value.foundBy).containsExactly("gazetteer");
            assertThat(buckets.get(0).value.type).isEqualTo("company");
        }
    }
}
