package io.mediamon.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SseHubTest {
    private HttpServer server;
    private ThreadPoolExecutor executor;
    private SseHub hub;
    private final HttpClient http = HttpClient.newHttpClient();

    private void start(SseHub newHub) throws Exception {
        hub = newHub;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        executor = (ThreadPoolExecutor) Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/alerts/stream", hub);
        server.start();
    }

    @AfterEach
    void stop() {
        hub.close();
        server.stop(0);
        executor.shutdownNow();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/alerts/stream");
    }

    /** Reads the stream until {@code count} event ids (or the comment lines asked for) have arrived. */
    private List<String> readIds(String lastEventId, int count) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url()).timeout(Duration.ofSeconds(10));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String line;
            while (lines.stream().filter(l -> l.startsWith("id: ")).count() < count
                    && (line = reader.readLine()) != null) {
                if (line.startsWith("id: ") || line.startsWith(": last event id")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    @Test
    void shouldReplayEventsAfterTheLastEventId() throws Exception {
        start(new SseHub(10, 100, 64, Duration.ofSeconds(5)));
        for (int i = 1; i <= 5; i++) {
            hub.publish(AlertFixtures.event(i));
        }
        hub.publish(AlertFixtures.event(3));
        assertThat(hub.recent()).hasSize(5);
        String second = AlertFixtures.event(2).id();
        assertThat(readIds(second, 3)).containsExactly("id: " + AlertFixtures.event(3).id(),
                "id: " + AlertFixtures.event(4).id(), "id: " + AlertFixtures.event(5).id());
    }

    @Test
    void shouldReplayEverythingHeldWhenTheLastEventIdIsUnknown() throws Exception {
        start(new SseHub(10, 3, 64, Duration.ofSeconds(5)));
        for (int i = 1; i <= 5; i++) {
            hub.publish(AlertFixtures.event(i));
        }
        List<String> lines = readIds(AlertFixtures.event(1).id(), 3);
        assertThat(lines.get(0)).startsWith(": last event id not held");
        assertThat(lines.subList(1, 4)).containsExactly("id: " + AlertFixtures.event(3).id(),
                "id: " + AlertFixtures.event(4).id(), "id: " + AlertFixtures.event(5).id());
    }

    @Test
    void shouldRefuseClientsBeyondTheCap() throws Exception {
        start(new SseHub(1, 10, 8, Duration.ofSeconds(5)));
        HttpResponse<InputStream> first = http.send(HttpRequest.newBuilder(url()).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(first.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.clientCount() == 1);
        HttpResponse<String> second = http.send(HttpRequest.newBuilder(url()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.body()).contains("too many SSE clients");
        first.body().close();
    }

    @Test
    void shouldDropAClientThatStopsReadingAndFreeItsThread() throws Exception {
        start(new SseHub(10, 10, 4, Duration.ofSeconds(1)));
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(server.getAddress());
            OutputStream out = stalled.getOutputStream();
            out.write(("GET /alerts/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(Duration.ofSeconds(5)).until(() -> hub.clientCount() == 1);
            String padding = "x".repeat(8_000);
            int n = 0;
            while (hub.evictions() == 0 && n < 20_000) {
                hub.publish(AlertFixtures.event(1_000 + n++));
                if (n % 50 == 0) {
                    hub.publish(AlertFixtures.eventWithReason(100_000 + n, padding));
                }
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> hub.clientCount() == 0 && hub.evictions() == 1);
            // the handler thread is released even though the client never read a byte
            await().atMost(Duration.ofSeconds(10)).until(() -> executor.getActiveCount() == 0);
        }
    }
}
