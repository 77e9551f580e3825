package io.mediamon.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.common.auth.Scope;
import io.mediamon.common.config.HttpSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The request and response time limits of {@link ServiceHttpServer}, on a real socket. */
class HttpTimeLimitsTest {
    private static final HealthCheck UP = () -> HealthCheck.Status.up("up");

    private static ServiceHttpServer server(Duration request, Duration response) throws IOException {
        HttpSettings settings = new HttpSettings("127.0.0.1", 0).withTimeouts(request, response);
        return new ServiceHttpServer("limits", settings, Metrics.registry("limits"), UP, UP);
    }

    @Test
    @Timeout(30)
    void shouldAnswer408AndCloseWhenTheBodyTricklesPastTheRequestLimit() throws Exception {
        AtomicReference<Throwable> handlerSaw = new AtomicReference<>();
        CountDownLatch handlerDone = new CountDownLatch(1);
        try (ServiceHttpServer server = server(Duration.ofSeconds(1), Duration.ofSeconds(20))
                .route("/upload", Scope.INGEST, exchange -> {
                    try {
                        HttpExchanges.readBody(exchange, 1 << 20);
                        HttpExchanges.json(exchange, 200, Map.of("read", true));
                    } catch (IOException e) {
                        handlerSaw.set(e);
                        throw e;
                    } finally {
                        handlerDone.countDown();
                    }
                }).start();
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"title\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long sent = System.nanoTime();
            // the rest of the body never comes: the server answers 408 and closes
            String answer = readUntilClosed(socket.getInputStream());
            long tookMs = (System.nanoTime() - sent) / 1_000_000;
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer).containsIgnoringCase("connection: close");
            assertThat(answer).contains("request time limit");
            assertThat(tookMs).isBetween(500L, 10_000L);
            assertThat(handlerDone.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(handlerSaw.get()).isNotNull();
        }
    }

    @Test
    @Timeout(30)
    void shouldAnswer503AndFreeTheThreadWhenAHandlerPassesTheResponseLimit() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        try (ServiceHttpServer server = server(Duration.ofSeconds(5), Duration.ofMillis(500))
                .route("/slow", Scope.READ, exchange -> {
                    try {
                        never.await(20, TimeUnit.SECONDS);
                        HttpExchanges.json(exchange, 200, Map.of("late", true));
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                    }
                }).start();
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = readUntilClosed(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 503");
            assertThat(answer).contains("response time limit");
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
            // the server still answers on a fresh connection
            try (Socket next = new Socket()) {
                next.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                next.setSoTimeout(15_000);
                next.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(readUntilClosed(next.getInputStream())).startsWith("HTTP/1.1 200");
            }
        }
    }

    @Test
    @Timeout(30)
    void shouldNotCutAStreamAtTheResponseLimit() throws Exception {
        try (ServiceHttpServer server = server(Duration.ofSeconds(5), Duration.ofMillis(300))
                .routeStream("/stream", Scope.READ, exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 8; i++) {
                            out.write(("data: " + i + "\n\n").getBytes(StandardCharsets.UTF_8));
                            out.flush();
                            // a stream outlives the response limit (300 ms) by far
                            TimeUnit.MILLISECONDS.sleep(150);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }).start();
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("GET /stream HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = readUntilClosed(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(answer).contains("data: 0").contains("data: 7");
        }
    }

    private static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                got.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed; got: " + got, e);
        } catch (IOException e) {
            // a reset after the answer counts as closed
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}
