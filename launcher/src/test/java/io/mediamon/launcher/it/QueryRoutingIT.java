package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.alert.AlertService;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.common.config.Settings;
import io.mediamon.common.serde.Json;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Two alert-service instances split the partitions; either answers queries for every entity. */
class QueryRoutingIT {
    private static final long HOUR = 3_600_000L;
    private static final List<String> ENTITIES = List.of("Q148", "Q30", "Q48938223", "Q55606238", "Q2283", "Q90");

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Settings instance(TestEnvironment env, int port, String state) throws Exception {
        Map<String, String> values = new HashMap<>(env.values());
        values.put("MEDIAMON_ALERT_PORT", Integer.toString(port));
        values.put("MEDIAMON_ALERT_ADVERTISED_URL", "http://localhost:" + port);
        values.put("MEDIAMON_ALERT_STATE_DIR", Files.createTempDirectory(state).toString());
        return Settings.from(values);
    }

    private static boolean holdsTasks(AlertService service) {
        return service.runner().state() == KafkaStreams.State.RUNNING
                && service.runner().streams().metadataForLocalThreads().stream()
                .mapToInt(t -> t.activeTasks().size()).sum() > 0;
    }

    @Test
    @Timeout(180)
    void shouldAnswerForEveryEntityFromEitherInstance() throws Exception {
        TestEnvironment env = TestEnvironment.create("routing", 4).with("MEDIAMON_WATCHLIST", "Q148:China");
        int portA = freePort();
        int portB = freePort();
        HttpClient http = HttpClient.newHttpClient();
        try (AlertService a = new AlertService(AlertConfig.load(instance(env, portA, "route-a"), null));
             AlertService b = new AlertService(AlertConfig.load(instance(env, portB, "route-b"), null));
             MentionFeed feed = new MentionFeed(env.kafka())) {
            await().atMost(Duration.ofSeconds(90)).until(() -> holdsTasks(a) && holdsTasks(b));
            long start = Math.floorDiv(Instant.now().toEpochMilli(), HOUR) * HOUR - 3 * HOUR;
            for (int i = 0; i < 3; i++) {
                for (String entity : ENTITIES) {
                    feed.mention(entity, "Name " + entity, Instant.ofEpochMilli(start + i * HOUR + 60_000L));
                }
            }
            feed.flush();

            for (int port : List.of(portA, portB)) {
                String base = "http://localhost:" + port;
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/entities"))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).isEqualTo(200);
                    Set<String> ids = StreamSupport.stream(Json.mapper().readTree(response.body()).path("items")
                            .spliterator(), false).map(n -> n.path("id").asText()).collect(Collectors.toSet());
                    assertThat(ids).containsExactlyInAnyOrderElementsOf(ENTITIES);
                });
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    for (String entity : ENTITIES) {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                                + "/entities/" + entity + "/coverage?from=" + Instant.ofEpochMilli(start) + "&to="
                                + Instant.ofEpochMilli(start + 3 * HOUR))).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertThat(response.statusCode()).as(entity + " from " + port).isEqualTo(200);
                        JsonNode items = Json.mapper().readTree(response.body()).path("items");
                        assertThat(items).hasSize(3);
                        assertThat(items.findValues("stories")).extracting(JsonNode::asLong).containsOnly(1L);
                    }
                });
            }
        }
    }
}
