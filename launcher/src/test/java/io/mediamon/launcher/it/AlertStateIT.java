package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.alert.AlertService;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertType;
import io.mediamon.launcher.client.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Windows on a real broker with three partitions: a backfill interleaved across partitions gives the same alerts as
 * one in order, and an entity deleted and put back keeps its baseline.
 */
class AlertStateIT {
    private static final long HOUR = 3_600_000L;
    private static final long MINUTE = 60_000L;
    private static final Map<String, String> ENTITIES = Map.of("Q148", "China", "Q30", "United States",
            "Q48938223", "TikTok");

    private record Timed(String entity, long time) {
    }

    /** Per entity: 30 hours of 1–3 stories an hour, a burst of 25 in the next, then 5 quiet hours so it resolves. */
    private static List<Timed> timeline(long start) {
        List<Timed> out = new ArrayList<>();
        for (String entity : ENTITIES.keySet()) {
            Random random = new Random(entity.hashCode());
            for (int h = 0; h < 30; h++) {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    out.add(new Timed(entity, start + h * HOUR + random.nextInt((int) HOUR)));
                }
            }
            for (int i = 0; i < 25; i++) {
                out.add(new Timed(entity, start + 30 * HOUR + i * 2 * MINUTE));
            }
            for (int h = 31; h < 36; h++) {
                out.add(new Timed(entity, start + h * HOUR + 30 * MINUTE));
            }
        }
        out.sort(Comparator.comparingLong(Timed::time));
        return out;
    }

    private record Step(String entity, AlertType type, AlertStatus status, Instant windowStart) {
    }

    /** Runs one alert-service on its own topics with the mentions sent in {@code arrival} order; its alert steps. */
    private static List<Step> alertsFor(String name, List<Timed> arrival) throws Exception {
        TestEnvironment env = TestEnvironment.create(name, 3)
                .with("MEDIAMON_WATCHLIST", "Q148:China,Q30:United States,Q48938223:TikTok")
                .with("MEDIAMON_ALERT_GRACE", "10m");
        KafkaSettings kafka = env.kafka();
        try (AlertService alert = new AlertService(AlertConfig.load(env.settings(), null));
             MentionFeed feed = new MentionFeed(kafka);
             TopicReader<AlertEvent> alerts = new TopicReader<>(kafka, kafka.topics().alerts())) {
            arrival.forEach(m -> feed.mention(m.entity(), ENTITIES.get(m.entity()), Instant.ofEpochMilli(m.time())));
            feed.flush();
            List<ConsumerRecord<String, AlertEvent>> read = alerts.readUntil(all -> all.stream()
                    .filter(r -> r.value().data().status() == AlertStatus.RESOLVED)
                    .map(ConsumerRecord::key).distinct().count() == ENTITIES.size(), Duration.ofSeconds(150));
            read = alerts.drain(Duration.ofSeconds(2));
            return read.stream().map(r -> r.value().data()).filter(a -> a.status() != AlertStatus.UPDATE)
                    .map(a -> new Step(a.entityId(), a.type(), a.status(), a.windowStart()))
                    .sorted(Comparator.comparing(Step::entity).thenComparing(Step::windowStart)
                            .thenComparing(Step::status))
                    .toList();
        }
    }

    @Test
    @Timeout(400)
    void shouldGiveTheSameAlertsForABackfillInterleavedAcrossPartitionsAsForOneInOrder() throws Exception {
        long start = Math.floorDiv(Instant.now().toEpochMilli(), HOUR) * HOUR - 40 * HOUR;
        List<Timed> ordered = timeline(start);
        // two producers of one backfill at different speeds: every other mention comes up to 8 minutes late
        List<long[]> keyed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            keyed.add(new long[] {i, ordered.get(i).time() + (i % 2 == 0 ? 0 : 8 * MINUTE)});
        }
        keyed.sort(Comparator.comparingLong(k -> k[1]));
        List<Timed> interleaved = keyed.stream().map(k -> ordered.get((int) k[0])).toList();
        assertThat(interleaved).isNotEqualTo(ordered);

        List<Step> inOrder = alertsFor("in-order", ordered);
        List<Step> outOfOrder = alertsFor("interleaved", interleaved);

        assertThat(inOrder).filteredOn(s -> s.status() == AlertStatus.OPEN).extracting(Step::entity)
                .containsExactlyInAnyOrderElementsOf(ENTITIES.keySet());
        assertThat(outOfOrder).isEqualTo(inOrder);
    }

    @Test
    @Timeout(240)
    void shouldKeepTheBaselineOfAnEntityDeletedAndPutBack() throws Exception {
        TestEnvironment env = TestEnvironment.create("readd", 3).with("MEDIAMON_WATCHLIST", "Q148:China");
        KafkaSettings kafka = env.kafka();
        HttpClient http = HttpClient.newHttpClient();
        try (AlertService alert = new AlertService(AlertConfig.load(env.settings(), null));
             MentionFeed feed = new MentionFeed(kafka);
             TopicReader<AlertEvent> alerts = new TopicReader<>(kafka, kafka.topics().alerts())) {
            URI watch = URI.create("http://localhost:" + alert.port() + "/watchlist/Q148");
            long start = Math.floorDiv(Instant.now().toEpochMilli(), HOUR) * HOUR - 40 * HOUR;
            Random random = new Random(8);
            long h = 0;
            for (; h < 34; h++) {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    feed.mention("Q148", "China", Instant.ofEpochMilli(start + h * HOUR + i * 15 * MINUTE));
                }
            }
            feed.flush();
            assertThat(http.send(HttpRequest.newBuilder(watch).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isLessThan(300);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.send(
                    HttpRequest.newBuilder(watch).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 404);
            // mentioned while not watched: kept in the history all the same
            for (; h < 37; h++) {
                feed.mention("Q148", "China", Instant.ofEpochMilli(start + h * HOUR + 20 * MINUTE));
            }
            feed.flush();
            assertThat(http.send(HttpRequest.newBuilder(watch).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"China\",\"sensitivity\":1.0,\"enabled\":true}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isLessThan(300);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.send(
                    HttpRequest.newBuilder(watch).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
            long burst = start + h * HOUR;
            for (int i = 0; i < 25; i++) {
                feed.mention("Q148", "China", Instant.ofEpochMilli(burst + i * MINUTE));
            }
            feed.flush();

            List<Alert> opened = alerts.readUntil(all -> all.stream().anyMatch(r -> r.value().data().status()
                    == AlertStatus.OPEN), Duration.ofSeconds(120)).stream().map(r -> r.value().data())
                    .filter(a -> a.status() == AlertStatus.OPEN).toList();
            assertThat(opened).as("a re-added entity alerts at once: its baseline survived").singleElement()
                    .satisfies(a -> {
                        assertThat(a.type()).isEqualTo(AlertType.SPIKE);
                        assertThat(a.windowStart()).isEqualTo(Instant.ofEpochMilli(burst));
                    });
        }
    }
}
