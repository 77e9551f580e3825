package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.mediamon.alert.AlertService;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.serde.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The query API on a real broker: coverage with the detector's expectation, outlets, stories, late mentions, alert
 * history, pages that add up, bad parameters refused with a reason; and the alerts topic read as CloudEvents through
 * the official SDK.
 */
class QueryApiIT {
    private static final long HOUR = 3_600_000L;
    private static final long MINUTE = 60_000L;
    private static final String TIKTOK = "Q48938223";

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(int port, String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(port, pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + " → " + response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private static String q(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(240)
    void shouldAnswerFromTheStoresInPagesAndRefuseBadParameters() throws Exception {
        TestEnvironment env = TestEnvironment.create("query", 3)
                .with("MEDIAMON_WATCHLIST", TIKTOK + ":TikTok,Q148:China")
                .with("MEDIAMON_ALERT_GRACE", "10m");
        KafkaSettings kafka = env.kafka();
        try (AlertService alert = new AlertService(AlertConfig.load(env.settings(), null));
             MentionFeed feed = new MentionFeed(kafka)) {
            int port = alert.port();
            long now = Instant.now().toEpochMilli();
            long burst = Math.floorDiv(now, HOUR) * HOUR;
            long start = burst - 30 * HOUR;
            for (long h = start; h < burst; h += HOUR) {
                feed.mention(TIKTOK, "TikTok", Instant.ofEpochMilli(h + 10 * MINUTE));
                feed.mention(TIKTOK, "TikTok", Instant.ofEpochMilli(h + 40 * MINUTE));
                feed.mention("Q148", "China", Instant.ofEpochMilli(h + 30 * MINUTE));
            }
            for (int i = 0; i < 25; i++) {
                feed.mention(TIKTOK, "TikTok", Instant.ofEpochMilli(burst + 1 + i * 1_000L));
            }
            // a story of the hour before, 5 minutes behind stream time: within the grace period of its window
            feed.mention(TIKTOK, "TikTok", Instant.ofEpochMilli(burst - 5 * MINUTE), "story-out-of-order");
            // far too late for its window: kept, not counted
            feed.mention(TIKTOK, "TikTok", Instant.ofEpochMilli(start + 5 * MINUTE));
            feed.flush();

            Instant from = Instant.ofEpochMilli(start);
            Instant to = Instant.ofEpochMilli(burst + HOUR);
            // every partition has processed its mentions: both entities are in, and TikTok's last two mentions
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                HttpResponse<String> late = get(port, "/entities/" + TIKTOK + "/late");
                HttpResponse<String> alerts = get(port, "/alerts?entity=" + TIKTOK);
                HttpResponse<String> seen = get(port, "/entities?from=" + q(from) + "&to=" + q(to));
                HttpResponse<String> stories = get(port, "/entities/" + TIKTOK + "/stories?limit=1000");
                return late.statusCode() == 200 && late.body().contains("articleId")
                        && alerts.statusCode() == 200 && alerts.body().contains("\"spike\"")
                        && seen.statusCode() == 200 && seen.body().contains("\"Q148\"")
                        && stories.statusCode() == 200 && stories.body().contains("story-out-of-order");
            });

            JsonNode entities = json(port, "/entities?from=" + q(from) + "&to=" + q(to));
            assertThat(entities.path("items").get(0).path("id").asText()).isEqualTo(TIKTOK);
            assertThat(entities.path("items").get(0).path("watched").asBoolean()).isTrue();
            assertThat(entities.path("items").get(0).path("foundBy").get(0).asText()).isEqualTo("gazetteer");
            assertThat(entities.path("items").get(1).path("id").asText()).isEqualTo("Q148");

            JsonNode coverage = json(port, "/entities/" + TIKTOK + "/coverage?bucket=1h&from=" + q(from) + "&to="
                    + q(to) + "&limit=1000");
            JsonNode buckets = coverage.path("items");
            assertThat(buckets).hasSize(31);
            assertThat(buckets.get(0).path("start").asText()).isEqualTo(from.toString());
            assertThat(buckets.get(0).path("stories").asLong()).as("the late one is not counted").isEqualTo(2);
            assertThat(buckets.get(29).path("stories").asLong()).as("the out-of-order copy counts").isEqualTo(3);
            assertThat(buckets.get(30).path("stories").asLong()).isEqualTo(25);
            assertThat(buckets.get(30).path("expected").asDouble()).isBetween(0.5, 5.0);
            assertThat(buckets.get(10).path("expected").isNumber()).isTrue();
            assertThat(buckets.get(30).path("sentiment").path("negative").asLong()).isEqualTo(25);

            List<String> starts = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = json(port, "/entities/" + TIKTOK + "/coverage?from=" + q(from) + "&to=" + q(to)
                        + "&limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
                page.path("items").forEach(b -> starts.add(b.path("start").asText()));
                cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
                pages++;
            } while (cursor != null && pages < 20);
            assertThat(pages).isEqualTo(5);
            assertThat(starts).hasSize(31).doesNotHaveDuplicates();

            JsonNode daily = json(port, "/entities/" + TIKTOK + "/coverage?bucket=1d&from=" + q(from) + "&to=" + q(to));
            assertThat(daily.path("items").findValues("stories").stream().mapToLong(JsonNode::asLong).sum())
                    .isEqualTo(2 * 30 + 1 + 25);

            JsonNode outlets = json(port, "/entities/" + TIKTOK + "/outlets?from=" + q(from) + "&to=" + q(to));
            assertThat(outlets.path("items")).hasSize(5);
            assertThat(outlets.path("items").get(0).path("topEvidence").path("sentence").asText()).contains("TikTok");
            JsonNode stories = json(port, "/entities/" + TIKTOK + "/stories?from=" + q(from) + "&to=" + q(to)
                    + "&limit=2");
            assertThat(stories.path("items")).hasSize(2);
            assertThat(stories.path("nextCursor").isTextual()).isTrue();
            assertThat(stories.path("items").get(0).path("headline").asText()).startsWith("Story ");

            JsonNode late = json(port, "/entities/" + TIKTOK + "/late");
            assertThat(late.path("items")).hasSize(1);
            assertThat(late.path("items").get(0).path("eventTime").asText())
                    .isEqualTo(Instant.ofEpochMilli(start + 5 * MINUTE).toString());

            JsonNode history = json(port, "/alerts?entity=" + TIKTOK);
            assertThat(history.path("items").get(history.path("items").size() - 1).path("status").asText())
                    .isEqualTo("open");
            assertThat(json(port, "/alerts").path("items").size()).isEqualTo(history.path("items").size());

            for (String bad : List.of("/entities?from=yesterday", "/entities?limit=0", "/entities?limit=abc",
                    "/entities?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z",
                    "/entities?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "/entities?colour=red",
                    "/entities/" + TIKTOK + "/coverage?bucket=5m", "/entities?cursor=abc", "/entities?limit=1&limit=2")) {
                HttpResponse<String> response = get(port, bad);
                assertThat(response.statusCode()).as(bad).isEqualTo(400);
                assertThat(Json.mapper().readTree(response.body()).path("error").asText()).as(bad).isNotBlank();
            }
            assertThat(get(port, "/entities/" + TIKTOK + "/nothing").statusCode()).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/entities"))
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);

            readAlertsThroughTheCloudEventsSdk(kafka);
        }
    }

    private static void readAlertsThroughTheCloudEventsSdk(KafkaSettings kafka) throws Exception {
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "cloudevents-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new CloudEventDeserializer())) {
            consumer.subscribe(Set.of(kafka.topics().alerts().name()));
            List<ConsumerRecord<String, CloudEvent>> read = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
            assertThat(read).isNotEmpty();
            ConsumerRecord<String, CloudEvent> first = read.get(0);
            assertThat(new String(first.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/cloudevents+json");
            CloudEvent event = first.value();
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getType()).isEqualTo("io.mediamon.alert.spike");
            assertThat(event.getSubject()).isEqualTo(TIKTOK);
            assertThat(event.getDataSchema()).hasToString(AlertEvent.DATA_SCHEMA);
            JsonNode data = Json.mapper().readTree(event.getData().toBytes());
            assertThat(data.path("status").asText()).isEqualTo("open");
            assertThat(data.path("entityId").asText()).isEqualTo(TIKTOK);
        }
    }
}
