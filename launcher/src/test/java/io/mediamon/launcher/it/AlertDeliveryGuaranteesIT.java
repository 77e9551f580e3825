package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.http.HttpMessageFactory;
import io.mediamon.alert.AlertService;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.alert.delivery.WebhookSecrets;
import io.mediamon.alert.delivery.WebhookVerifier;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.AlertSeverity;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertType;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.AlertStory;
import io.mediamon.common.event.SentimentMix;
import io.mediamon.common.serde.Json;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Delivery guarantees on a real broker, with alert events written straight to the alerts topic (as the topology
 * would): at least once across an alert-service restart, a flaky receiver still gets every id, a hanging webhook
 * does not delay another, the CloudEvents SDK reads the webhook request, and SSE replays after Last-Event-ID.
 */
class AlertDeliveryGuaranteesIT {
    private static final String OLD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String NEW_SECRET = "a-rotated-plain-text-secret-of-32-bytes";

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer receiver;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final AtomicInteger hangCalls = new AtomicInteger();
    private final Set<String> deliveredIds = ConcurrentHashMap.newKeySet();
    private final List<Captured> captured = new CopyOnWriteArrayList<>();
    private final List<String> verificationFailures = new CopyOnWriteArrayList<>();

    record Captured(String id, Map<String, List<String>> headers, byte[] body) {
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        WebhookVerifier verifyNew = new WebhookVerifier(WebhookSecrets.parse(NEW_SECRET));
        receiver.createContext("/flaky", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
            // every third request fails, so retries are needed throughout
            int status = flakyCalls.incrementAndGet() % 3 == 0 ? 503 : 204;
            if (status == 204) {
                try {
                    verifyNew.verify(headers, body);
                    String id = exchange.getRequestHeaders().getFirst("webhook-id");
                    deliveredIds.add(id);
                    captured.add(new Captured(id, headers, body));
                } catch (WebhookVerifier.VerificationException e) {
                    verificationFailures.add(e.getMessage());
                    status = 401;
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.createContext("/hang", exchange -> {
            hangCalls.incrementAndGet();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        release.countDown();
        receiver.stop(0);
    }

    private String receiverUrl(String path) {
        return "http://localhost:" + receiver.getAddress().getPort() + path;
    }

    private static AlertEvent event(String run, int n) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z").plusSeconds(n);
        Alert alert = new Alert(run + "-alert-" + n, AlertType.SPIKE, AlertStatus.OPEN, AlertSeverity.HIGH, "Q" + n, "Entity " + n,
                at.minusSeconds(600), at.plusSeconds(3000), 20 + n, 1.5, 8.0, "spike " + n,
                List.of(new AlertStory("a" + n, "s" + n, "Story " + n, "outlet.example", SentimentLabel.NEGATIVE, -0.4)),
                Map.of("outlet.example", 20L), Map.of("diplomacy", 20L), new SentimentMix(15, 5, 0, -0.3), at, at);
        return AlertEvent.of(alert, "/mediamon/alert-service");
    }

    private static List<String> produce(KafkaSettings kafka, String run, int from, int to) {
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, AlertEvent> producer = new KafkaProducer<>(kafka.durableProducerProperties(),
                new StringSerializer(), kafka.topics().alerts().valueSerde().serializer())) {
            for (int n = from; n < to; n++) {
                AlertEvent event = event(run, n);
                producer.send(new ProducerRecord<>(kafka.topics().alerts().name(), event.subject(), event));
                ids.add(event.id());
            }
            producer.flush();
        }
        return ids;
    }

    private TestEnvironment environment(String name) {
        return TestEnvironment.create(name, 3)
                .with("MEDIAMON_WATCHLIST", "Q148:China")
                .with("MEDIAMON_ALLOW_PRIVATE_TARGETS", "true")
                .with("MEDIAMON_WEBHOOKS", receiverUrl("/flaky") + "," + receiverUrl("/hang"))
                .with("MEDIAMON_WEBHOOK_SECRET", OLD_SECRET + " " + NEW_SECRET)
                .with("MEDIAMON_WEBHOOK_ATTEMPTS", "8")
                .with("MEDIAMON_WEBHOOK_BACKOFF", "20ms")
                .with("MEDIAMON_WEBHOOK_MAX_BACKOFF", "100ms")
                .with("MEDIAMON_WEBHOOK_TIMEOUT", "3s")
                .with("MEDIAMON_WEBHOOK_BREAKER_FAILURES", "20")
                .with("MEDIAMON_WEBHOOK_BREAKER_OPEN", "200ms");
    }

    @Test
    @Timeout(150)
    void shouldDeliverEveryAlertAtLeastOnceAcrossARestartDespiteAFlakyAndAHangingReceiver() throws Exception {
        TestEnvironment env = environment("delivery-restart");
        KafkaSettings kafka = env.kafka();
        List<String> expected = new ArrayList<>();
        try (AlertService alert = new AlertService(AlertConfig.load(env.settings(), null))) {
            String base = "http://localhost:" + alert.port();
            await().atMost(Duration.ofSeconds(60)).until(() -> get(base + "/health/ready").statusCode() == 200);
            assertThat(get(base + "/health/ready").body()).contains("delivery:").contains("webhook http://localhost")
                    .doesNotContain("/flaky");
            expected.addAll(produce(kafka, "r1", 0, 12));
            // the flaky receiver gets every id while the other webhook still hangs on its first request
            await().atMost(Duration.ofSeconds(45)).until(() -> deliveredIds.containsAll(expected));
            // the hanging webhook is still on its first alert (8 attempts): the flaky one did not wait for it
            assertThat(hangCalls.get()).isBetween(1, 8);
        }
        // alerts raised while alert-service is down
        expected.addAll(produce(kafka, "r2", 12, 24));
        try (AlertService alert = new AlertService(AlertConfig.load(env.settings(), null))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> deliveredIds.containsAll(expected));
        }
        assertThat(verificationFailures).isEmpty();
        assertThat(flakyCalls.get()).isGreaterThan(expected.size());
        // duplicates, if any, carry an id that was sent
        assertThat(captured).extracting(Captured::id).allMatch(expected::contains);
        assertThat(deliveredIds).containsExactlyInAnyOrderElementsOf(expected);

        // the CloudEvents SDK reads a captured webhook request through its HTTP binding
        Captured one = captured.get(0);
        assertThat(one.headers().get("Content-type")).containsExactly("application/cloudevents+json; charset=utf-8");
        CloudEvent read = HttpMessageFactory.createReaderFromMultimap(one.headers(), one.body()).toEvent();
        AlertEvent sent = Json.mapper().readValue(one.body(), AlertEvent.class);
        assertThat(read.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(read.getId()).isEqualTo(one.id()).isEqualTo(sent.id());
        assertThat(read.getType()).isEqualTo("io.mediamon.alert.spike");
        assertThat(read.getSource()).isEqualTo(URI.create("/mediamon/alert-service"));
        assertThat(read.getSubject()).isEqualTo(sent.subject());
        assertThat(read.getTime().toInstant()).isEqualTo(sent.time());
        assertThat(Json.mapper().readTree(read.getData().toBytes()).path("alertId").asText())
                .isEqualTo(sent.data().alertId());
    }

    @Test
    @Timeout(120)
    void shouldReplayTheStreamAfterLastEventIdFromTheAlertsTopic() throws Exception {
        TestEnvironment env = TestEnvironment.create("delivery-sse", 2).with("MEDIAMON_WATCHLIST", "Q148:China");
        KafkaSettings kafka = env.kafka();
        try (AlertService first = new AlertService(AlertConfig.load(env.settings(), null))) {
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    get("http://localhost:" + first.port() + "/health/ready").statusCode() == 200);
        }
        // produced while no alert-service runs: the new instance can only know them from the topic
        List<String> ids = produce(kafka, "sse", 0, 6);
        try (AlertService alert = new AlertService(AlertConfig.load(env.settings(), null))) {
            String base = "http://localhost:" + alert.port();
            await().atMost(Duration.ofSeconds(60)).until(() -> get(base + "/health/ready").statusCode() == 200);
            await().atMost(Duration.ofSeconds(30)).until(() -> Json.mapper().readTree(get(base + "/alerts/recent")
                    .body()).path("alerts").size() == ids.size());
            // the stream's order is per partition; replay continues after the given id in that order
            List<String> order = new ArrayList<>();
            Json.mapper().readTree(get(base + "/alerts/recent").body()).path("alerts")
                    .forEach(a -> order.add(a.path("id").asText()));
            assertThat(order).containsExactlyInAnyOrderElementsOf(ids);
            String last = order.get(1);
            List<String> replayed = readSseIds(base + "/alerts/stream", last, order.size() - 2);
            assertThat(replayed).containsExactlyElementsOf(order.subList(2, order.size()));
        }
    }

    private List<String> readSseIds(String url, String lastEventId, int count) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Last-Event-ID", lastEventId).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        List<String> ids = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String line;
            while (ids.size() < count && (line = lines.readLine()) != null) {
                if (line.startsWith("id: ")) {
                    ids.add(line.substring(4));
                }
            }
        }
        return ids;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
