package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.mediamon.alert.AlertService;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.alert.config.WebhookSecrets;
import io.mediamon.alert.delivery.WebhookVerifier;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.serde.Json;
import io.mediamon.launcher.client.TopicReader;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** alert-service alone on a real broker: watchlist API, signed webhooks with retry, Slack, and the SSE stream. */
class AlertDeliveryIT {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer receiver;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();

    record Delivery(String path, byte[] body, java.util.Map<String, List<String>> headers) {
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/flaky", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int call = flakyCalls.incrementAndGet();
            int status = call <= 2 ? 503 : 200;
            if (status == 200) {
                deliveries.add(new Delivery("/flaky", body, java.util.Map.copyOf(exchange.getRequestHeaders())));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.createContext("/broken", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        receiver.createContext("/slack", exchange -> {
            deliveries.add(new Delivery("/slack", exchange.getRequestBody().readAllBytes(), java.util.Map.of()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String receiverUrl(String path) {
        return "http://localhost:" + receiver.getAddress().getPort() + path;
    }

    @Test
    @Timeout(180)
    void shouldDeliverSignedWebhooksWithRetryStreamOverSseAndFollowTheWatchlist() throws Exception {
        TestEnvironment env = TestEnvironment.create("delivery", 1)
                .with("MEDIAMON_WATCHLIST", "Q148:China")
                // this test follows the watchlist's alerts; emerging notices about the entity it drops are
                // WatchAnythingIT's subject
                .with("MEDIAMON_EMERGING", "false")
                .with("MEDIAMON_ALLOW_PRIVATE_TARGETS", "true")
                .with("MEDIAMON_WEBHOOKS", receiverUrl("/flaky") + "," + receiverUrl("/broken"))
                .with("MEDIAMON_SLACK_WEBHOOKS", receiverUrl("/slack"))
                .with("MEDIAMON_WEBHOOK_SECRET", SECRET)
                .with("MEDIAMON_WEBHOOK_ATTEMPTS", "3")
                .with("MEDIAMON_WEBHOOK_BACKOFF", "50ms");
        KafkaSettings kafka = env.kafka();
        try (AlertService alert = new AlertService(AlertConfig.load(env.settings(), null));
             MentionFeed feed = new MentionFeed(kafka)) {
            String base = "http://localhost:" + alert.port();
            await().atMost(Duration.ofSeconds(60)).until(() -> get(base + "/health/ready").statusCode() == 200);

            // the watchlist: configured entity present, a new one added at runtime, then one removed
            await().atMost(Duration.ofSeconds(30)).until(() -> get(base + "/watchlist/Q148").statusCode() == 200);
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/watchlist/Q30"))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"United States\",\"sensitivity\":1.2}")));
            assertThat(put.statusCode()).isEqualTo(200);
            HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base + "/watchlist/Q30"))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"United States\",\"sensitivity\":\"high\"}")));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("sensitivity must be a number");
            await().atMost(Duration.ofSeconds(30)).until(() -> get(base + "/watchlist/Q30").statusCode() == 200);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/watchlist/Q148")).DELETE()).statusCode())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> get(base + "/watchlist/Q148").statusCode() == 404);

            CompletableFuture<Void> sseConnected = new CompletableFuture<>();
            CompletableFuture<String> sseEvent = readFirstSseEvent(base + "/alerts/stream", sseConnected);
            sseConnected.get(10, java.util.concurrent.TimeUnit.SECONDS);

            Instant now = Instant.now();
            feed.baselineThenBurst(java.util.Map.of("Q148", "China", "Q30", "United States"), now, 48);

            String event = sseEvent.get(90, java.util.concurrent.TimeUnit.SECONDS);
            JsonNode cloudEvent = Json.mapper().readTree(event);
            assertThat(cloudEvent.path("specversion").asText()).isEqualTo("1.0");
            assertThat(cloudEvent.path("subject").asText()).isEqualTo("Q30");
            assertThat(cloudEvent.path("data").path("status").asText()).isEqualTo("open");

            await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.stream()
                    .anyMatch(d -> d.path().equals("/flaky")) && deliveries.stream()
                    .anyMatch(d -> d.path().equals("/slack")));
            Delivery signed = deliveries.stream().filter(d -> d.path().equals("/flaky")).findFirst().orElseThrow();
            assertThat(flakyCalls.get()).isGreaterThanOrEqualTo(3);
            new WebhookVerifier(WebhookSecrets.parse(SECRET)).verify(signed.headers(), signed.body());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebhookVerifier(
                    WebhookSecrets.parse("a-wrong-secret-that-is-long-enough")).verify(signed.headers(), signed.body()))
                    .isInstanceOf(WebhookVerifier.VerificationException.class);
            assertThat(Json.mapper().readTree(signed.body()).path("data").path("entityId").asText()).isEqualTo("Q30");
            JsonNode slack = Json.mapper().readTree(deliveries.stream().filter(d -> d.path().equals("/slack"))
                    .findFirst().orElseThrow().body());
            assertThat(slack.path("text").asText()).contains("United States");
            assertThat(slack.path("blocks").isArray()).isTrue();

            try (TopicReader<DeadLetter> reader = new TopicReader<>(kafka, kafka.topics().deadLetters())) {
                List<ConsumerRecord<String, DeadLetter>> letters = reader.readUntil(all -> !all.isEmpty(),
                        Duration.ofSeconds(60));
                assertThat(letters).isNotEmpty();
                assertThat(letters.get(0).value().reason()).contains("webhook http://localhost")
                        .contains("failed after 3 attempts").doesNotContain("/broken");
            }
            JsonNode recent = Json.mapper().readTree(get(base + "/alerts/recent").body());
            assertThat(recent.path("alerts")).allSatisfy(a -> assertThat(a.path("subject").asText())
                    .isEqualTo("Q30"));
        }
    }

    private CompletableFuture<String> readFirstSseEvent(String url, CompletableFuture<Void> connected) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                        StandardCharsets.UTF_8))) {
                    boolean alertEvent = false;
                    String line;
                    while ((line = lines.readLine()) != null) {
                        connected.complete(null);
                        if (line.equals("event: alert")) {
                            alertEvent = true;
                        } else if (alertEvent && line.startsWith("data: ")) {
                            return line.substring("data: ".length());
                        }
                    }
                }
                throw new IllegalStateException("SSE stream ended without an alert");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
