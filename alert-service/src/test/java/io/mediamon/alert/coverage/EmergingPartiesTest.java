package io.mediamon.alert.coverage;

import static io.mediamon.alert.coverage.AlertTestDriver.HOUR;
import static io.mediamon.alert.coverage.AlertTestDriver.MINUTE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.alert.model.EmergingState;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emerging alerts about parties nobody watches, with explicit event times. */
class EmergingPartiesTest {
    private static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();

    @TempDir
    Path stateDir;

    private AlertTestDriver driver(String name, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("MEDIAMON_WATCHLIST", "Q148:China"));
        env.putAll(extra);
        return new AlertTestDriver(stateDir.resolve(name), env);
    }

    /** {@code perHour} stories about {@code entity} in each hour from {@code fromHour} to before {@code toHour}. */
    private static void steady(AlertTestDriver d, String entity, int perHour, int fromHour, int toHour) {
        for (int hour = fromHour; hour < toHour; hour++) {
            for (int i = 0; i < perHour; i++) {
                recognised(d, entity, T0 + hour * HOUR + (i * 50L / perHour + 1) * MINUTE);
            }
        }
    }

    /** A mention of a party analysis recognised as a name (gazetteer and watch-rule parties are not emerging). */
    private static void recognised(AlertTestDriver d, String entity, long timeMs) {
        d.mention(entity, timeMs, null, "outlet" + (timeMs % 3) + ".example", "recognised");
    }

    private static List<Alert> emerging(AlertTestDriver d) {
        return d.alerts.readValuesToList().stream().map(e -> e.data())
                .filter(a -> a.type() == AlertType.EMERGING).toList();
    }

    @Test
    void shouldRaiseOneEmergingAlertWhenANameNobodyWatchesBursts() {
        try (AlertTestDriver d = driver("burst", Map.of("MEDIAMON_EMERGING_WARMUP", "6h"))) {
            // ten hours of ordinary coverage: a busy unwatched party and a watched one
            for (int hour = 0; hour < 10; hour++) {
                steady(d, "Q30", 10, hour, hour + 1);
                steady(d, "Q148", 3, hour, hour + 1);
            }
            // a name never seen before gets seven stories in one hour; the busy party goes up by half
            for (int i = 0; i < 7; i++) {
                recognised(d, "p-jane-doe", T0 + 10 * HOUR + (5 + i * 5) * MINUTE);
            }
            steady(d, "Q30", 15, 10, 11);

            List<Alert> alerts = emerging(d);
            assertThat(alerts).hasSize(1);
            Alert alert = alerts.get(0);
            assertThat(alert.entityId()).isEqualTo("p-jane-doe");
            assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(alert.count()).isEqualTo(6);   // raised as soon as six stories against a floor of 0.5 are rare enough
            assertThat(alert.windowStart()).isEqualTo(Instant.ofEpochMilli(T0 + 10 * HOUR));
            assertThat(alert.reason()).contains("Name of p-jane-doe").contains("not on the watchlist");
            assertThat(alert.topArticles()).isNotEmpty().hasSizeLessThanOrEqualTo(EmergingState.MAX_SAMPLE);
            assertThat(d.registry.find("mediamon.alerts").tag("type", "emerging").counter().count()).isEqualTo(1);
        }
    }

    @Test
    void shouldLeaveKnownGazetteerPartiesToTheWatchlist() {
        try (AlertTestDriver d = driver("gazetteer", Map.of("MEDIAMON_EMERGING_WARMUP", "1h"))) {
            steady(d, "p-other", 2, 0, 2);
            for (int i = 0; i < 20; i++) {
                d.mention("Q20", T0 + 2 * HOUR + (i + 1) * MINUTE);   // a country from the gazetteer
            }

            assertThat(emerging(d)).isEmpty();
            KeyValueStore<String, EmergingState> store = d.driver.getKeyValueStore(CoverageStores.EMERGING);
            assertThat(store.get("Q20")).isNull();
        }
    }

    @Test
    void shouldNotCallEveryBusyNameNewWhileTheTrackerIsWarmingUp() {
        try (AlertTestDriver d = driver("warmup", Map.of())) {
            steady(d, "p-busy-person", 20, 0, 3);

            assertThat(emerging(d)).isEmpty();
        }
    }

    @Test
    void shouldRaiseAnotherEmergingAlertAboutAPartyOnlyAfterTheCooldown() {
        try (AlertTestDriver d = driver("cooldown", Map.of("MEDIAMON_EMERGING_WARMUP", "1h",
                "MEDIAMON_EMERGING_COOLDOWN", "6h"))) {
            steady(d, "Q30", 2, 0, 2);
            steady(d, "p-new", 8, 2, 3);      // emerges
            steady(d, "p-new", 0, 3, 4);
            steady(d, "p-new", 30, 4, 5);     // a bigger burst, but within the cooldown
            steady(d, "Q30", 2, 5, 30);
            steady(d, "p-new", 60, 30, 31);   // after the cooldown and far above its level: emerges again

            List<Alert> alerts = emerging(d);
            assertThat(alerts).extracting(Alert::entityId).containsExactly("p-new", "p-new");
            assertThat(alerts.get(1).windowStart()).isEqualTo(Instant.ofEpochMilli(T0 + 30 * HOUR));
            assertThat(alerts.get(1).baseline()).isGreaterThan(0.5);
        }
    }

    @Test
    void shouldNotTrackWatchedEntitiesAsEmerging() {
        try (AlertTestDriver d = driver("watched", Map.of("MEDIAMON_EMERGING_WARMUP", "1h"))) {
            steady(d, "p-other", 2, 0, 2);
            d.watch("p-watched", "Watched Person", false, T0 + 2 * HOUR);
            steady(d, "p-watched", 10, 2, 3);

            assertThat(emerging(d)).isEmpty();
            KeyValueStore<String, EmergingState> store = d.driver.getKeyValueStore(CoverageStores.EMERGING);
            assertThat(store.get("p-watched")).isNull();
            assertThat(store.get("p-other")).isNotNull();
        }
    }

    @Test
    void shouldForgetTheLongestQuietPartiesWhenMoreThanTheCapAreTracked() {
        try (AlertTestDriver d = driver("cap", Map.of("MEDIAMON_EMERGING_MAX_PARTIES", "100"))) {
            for (int i = 0; i < 400; i++) {
                recognised(d, "p-once-" + i, T0 + i * 1_000L);
            }

            KeyValueStore<String, EmergingState> store = d.driver.getKeyValueStore(CoverageStores.EMERGING);
            long parties = 0;
            try (var all = store.all()) {
                while (all.hasNext()) {
                    if (!all.next().key.equals(EmergingParties.SINCE_KEY)) {
                        parties++;
                    }
                }
            }
            assertThat(parties).isLessThanOrEqualTo(125);
            assertThat(store.get("p-once-399")).isNotNull();
            assertThat(store.get("p-once-0")).isNull();
            assertThat(d.registry.find("mediamon.emerging.forgotten").tag("reason", "cap").counter().count())
                    .isGreaterThanOrEqualTo(275);
            assertThat(d.registry.find("mediamon.emerging.parties").gauge().value()).isEqualTo(parties);
        }
    }

    @Test
    void shouldForgetPartiesQuietForLongerThanTheIdleTime() {
        try (AlertTestDriver d = driver("idle", Map.of("MEDIAMON_EMERGING_IDLE", "6h"))) {
            recognised(d, "p-old", T0);
            steady(d, "Q30", 1, 1, 9);

            KeyValueStore<String, EmergingState> store = d.driver.getKeyValueStore(CoverageStores.EMERGING);
            assertThat(store.get("p-old")).isNull();
            assertThat(store.get("Q30")).isNotNull();
        }
    }
}
