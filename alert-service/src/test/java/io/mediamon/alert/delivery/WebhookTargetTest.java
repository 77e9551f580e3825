package io.mediamon.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.net.OutboundTargetPolicy;
import io.mediamon.common.net.SafeHttpClient;
import io.mediamon.common.serde.Json;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook and Slack targets against a local receiver that the policy lets through, and nothing else. */
class WebhookTargetTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private HttpServer receiver;
    private SafeHttpClient client;
    private final AtomicReference<Map<String, List<String>>> headers = new AtomicReference<>();
    private final AtomicReference<byte[]> body = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        receiver.createContext("/hook", exchange -> {
            headers.set(Map.copyOf(exchange.getRequestHeaders()));
            body.set(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/hang", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.start();
        client = new SafeHttpClient(OutboundTargetPolicy.publicOnly().allowingEndpoint(receiver.getAddress()),
                SafeHttpClient.Limits.defaults().withMaxRedirects(0).withTimeouts(Duration.ofSeconds(1),
                        Duration.ofSeconds(1), Duration.ofSeconds(1)), "test");
    }

    @AfterEach
    void stop() {
        release.countDown();
        client.close();
        receiver.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path);
    }

    @Test
    void shouldPostTheCloudEventSignedAsStandardWebhooks() throws Exception {
        WebhookTarget target = new WebhookTarget(url("/hook"), client, new WebhookSigner(WebhookSecrets.parse(SECRET)));
        AlertEvent event = AlertFixtures.event(7);
        assertThat(target.attempt(event).kind()).isEqualTo(DeliveryTarget.Outcome.Kind.DELIVERED);
        Map<String, List<String>> got = headers.get();
        assertThat(got.get("Content-type")).containsExactly("application/cloudevents+json; charset=utf-8");
        assertThat(got.get("Webhook-id")).containsExactly(event.id());
        new WebhookVerifier(WebhookSecrets.parse(SECRET)).verify(got, body.get());
        assertThat(Json.mapper().readValue(body.get(), AlertEvent.class)).isEqualTo(event);
        assertThat(target.label()).isEqualTo("webhook http://127.0.0.1").doesNotContain("/hook");
    }

    @Test
    void shouldGiveUpOnAHangingReceiverWithinTheTimeoutAsARetry() {
        WebhookTarget target = new WebhookTarget(url("/hang"), client, new WebhookSigner(WebhookSecrets.parse(SECRET)));
        long start = System.nanoTime();
        DeliveryTarget.Outcome outcome = target.attempt(AlertFixtures.event(1));
        assertThat(outcome.kind()).isEqualTo(DeliveryTarget.Outcome.Kind.RETRY);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void shouldRejectPrivateTargetsAndRedirectsWithoutRevealingTheUrl() {
        WebhookSigner signer = new WebhookSigner(WebhookSecrets.parse(SECRET));
        for (String blocked : new String[] {"http://127.0.0.1:1/hook/secret-token", "http://[::1]/s3cr3t",
            "http://[::ffff:127.0.0.1]/s3cr3t", "http://169.254.169.254/s3cr3t", "http://0x7f000001/s3cr3t",
            "http://2130706433/s3cr3t"}) {
            DeliveryTarget.Outcome outcome = new WebhookTarget(URI.create(blocked), client, signer)
                    .attempt(AlertFixtures.event(1));
            assertThat(outcome.kind()).as(blocked).isEqualTo(DeliveryTarget.Outcome.Kind.REJECTED);
            assertThat(outcome.detail()).as(blocked).contains("refused").doesNotContain("secret")
                    .doesNotContain("s3cr3t");
        }
        DeliveryTarget.Outcome moved = new WebhookTarget(url("/moved"), client, signer).attempt(AlertFixtures.event(1));
        assertThat(moved.kind()).isEqualTo(DeliveryTarget.Outcome.Kind.REJECTED);
        assertThat(moved.detail()).contains("307");
    }

    @Test
    void shouldPostToSlackOnlyOncePerEventId() {
        java.util.concurrent.atomic.AtomicInteger posts = new java.util.concurrent.atomic.AtomicInteger();
        receiver.createContext("/slack", exchange -> {
            posts.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        SlackTarget slack = new SlackTarget(url("/slack"), client);
        assertThat(slack.attempt(AlertFixtures.event(1)).kind()).isEqualTo(DeliveryTarget.Outcome.Kind.DELIVERED);
        assertThat(slack.attempt(AlertFixtures.event(1)).kind()).isEqualTo(DeliveryTarget.Outcome.Kind.DELIVERED);
        assertThat(slack.attempt(AlertFixtures.event(2)).kind()).isEqualTo(DeliveryTarget.Outcome.Kind.DELIVERED);
        assertThat(posts).hasValue(2);
    }
}
