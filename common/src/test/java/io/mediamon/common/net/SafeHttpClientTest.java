package io.mediamon.common.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client against a local server. Private targets are off; the policy lets exactly the test server's
 * address and port through, so a redirect from it to any other loopback or private target must still be refused.
 */
class SafeHttpClientTest {
    private HttpServer server;
    private HttpServer bystander;
    private final AtomicInteger bystanderHits = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private SafeHttpClient client;
    private String base;

    @BeforeEach
    void start() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        server = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
        server.createContext("/ok", exchange -> respond(exchange, 200, "hello"));
        server.createContext("/redirect", exchange -> {
            String to = exchange.getRequestURI().getRawQuery().substring("to=".length());
            exchange.getResponseHeaders().set("Location", java.net.URLDecoder.decode(to, StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/big", exchange -> respond(exchange, 200, "x".repeat(100_000)));
        server.createContext("/hang", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "late");
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        bystander = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
        bystander.createContext("/", exchange -> {
            bystanderHits.incrementAndGet();
            respond(exchange, 200, "internal");
        });
        bystander.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        OutboundTargetPolicy policy = OutboundTargetPolicy.publicOnly().allowingEndpoint(server.getAddress());
        client = new SafeHttpClient(policy, SafeHttpClient.Limits.defaults().withMaxBodyBytes(10_000)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(1)), "test");
    }

    @AfterEach
    void stop() {
        release.countDown();
        client.close();
        server.stop(0);
        bystander.stop(0);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private SafeHttpClient.Response get(String url) throws IOException {
        return client.send(SafeHttpClient.Request.get(URI.create(url), Map.of()));
    }

    private String redirectTo(String target) {
        return base + "/redirect?to=" + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    @Test
    void shouldFollowARedirectToAnAllowedTarget() throws IOException {
        SafeHttpClient.Response response = get(redirectTo(base + "/ok"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(response.uri().getPath()).isEqualTo("/ok");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/", "http://[::1]:%d/", "http://[::ffff:127.0.0.1]:%d/",
        "http://169.254.169.254/latest/meta-data/", "http://0x7f000001:%d/", "http://2130706433:%d/",
        "http://localhost:%d/"})
    void shouldRefuseARedirectToEachSsrfTarget(String pattern) {
        String target = pattern.replace("%d", Integer.toString(bystander.getAddress().getPort()));
        assertThatThrownBy(() -> get(redirectTo(target))).isInstanceOf(BlockedTargetException.class);
        assertThat(bystanderHits).hasValue(0);
    }

    @Test
    void shouldRefuseTheSsrfSetAsDirectTargets() {
        int port = bystander.getAddress().getPort();
        for (String url : new String[] {"http://127.0.0.1:" + port + "/", "http://[::1]:" + port + "/",
            "http://[::ffff:127.0.0.1]:" + port + "/", "http://169.254.169.254/", "http://0x7f000001:" + port + "/",
            "http://2130706433:" + port + "/"}) {
            assertThatThrownBy(() -> get(url)).as(url).isInstanceOf(BlockedTargetException.class);
        }
        assertThat(bystanderHits).hasValue(0);
    }

    @Test
    void shouldConnectToThePinnedAddressNotANewLookup() throws IOException {
        OutboundTargetPolicy policy = OutboundTargetPolicy.publicOnly().allowingEndpoint(server.getAddress())
                .withResolver(host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
        try (SafeHttpClient pinned = new SafeHttpClient(policy, SafeHttpClient.Limits.defaults(), "test")) {
            // "receiver.invalid" never resolves through DNS: the request reaches the server only through the pin.
            SafeHttpClient.Response response = pinned.send(SafeHttpClient.Request.get(
                    URI.create("http://receiver.invalid:" + server.getAddress().getPort() + "/ok"), Map.of()));
            assertThat(response.status()).isEqualTo(200);
        }
    }

    @Test
    void shouldCapTheResponseBody() {
        assertThatThrownBy(() -> get(base + "/big")).isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void shouldGiveUpAtTheTotalDeadline() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> get(base + "/hang")).isInstanceOf(InterruptedIOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
