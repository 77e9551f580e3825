package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.FeedState;
import io.mediamon.ingest.IngestService;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.launcher.client.TopicReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Feed state lasts: after a restart, a feed that still lists the same items republishes none of them. */
class FeedRestartIT {

    private static String rss() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Restart Wire</title><link>http://localhost/</link><description>t</description>");
        for (int i = 1; i <= 3; i++) {
            xml.append("<item><title>Port authority extends night shifts, part ").append(i).append("</title>")
                    .append("<link>http://localhost/restart/").append(i).append("</link>")
                    .append("<guid>restart-").append(i).append("</guid><description>The port authority said ")
                    .append("night shifts would continue through the spring season (item ").append(i)
                    .append(").</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    @Test
    @Timeout(120)
    void shouldRepublishNothingAfterARestart() throws Exception {
        List<String> conditional = new CopyOnWriteArrayList<>();
        List<Long> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            requests.add(System.nanoTime());
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditional.add(ifNoneMatch == null ? "-" : ifNoneMatch);
            byte[] body = rss().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("ETag", "\"same\""); // and always a full answer, validators or not
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        TestEnvironment env = TestEnvironment.create("feed-restart", 2)
                .with("MEDIAMON_INGEST_FEEDS", "http://localhost:" + server.getAddress().getPort() + "/feed.xml")
                .with("MEDIAMON_INGEST_FEED_INTERVAL", "200ms")
                .with("MEDIAMON_ALLOW_PRIVATE_TARGETS", "true");
        try (TopicReader<Article> raw = new TopicReader<>(env.kafka(), env.kafka().topics().articlesRaw())) {
            try (IngestService first = new IngestService(IngestConfig.load(env.settings(), null))) {
                assertThat(raw.readUntil(all -> all.size() >= 3, Duration.ofSeconds(30))).hasSize(3);
                try (TopicReader<FeedState> state = new TopicReader<>(env.kafka(), env.kafka().topics().feedState())) {
                    List<ConsumerRecord<String, FeedState>> saved = state.readUntil(
                            all -> all.stream().anyMatch(r -> r.value().seenItems().size() == 3),
                            Duration.ofSeconds(30));
                    assertThat(saved.get(saved.size() - 1).value().etag()).isEqualTo("\"same\"");
                }
            }
            int before = requests.size();
            try (IngestService second = new IngestService(IngestConfig.load(env.settings(), null))) {
                await().atMost(Duration.ofSeconds(30)).until(() -> requests.size() >= before + 3);
                assertThat(raw.drain(Duration.ofSeconds(1))).hasSize(3);
            }
            assertThat(conditional.get(before)).isEqualTo("\"same\""); // validators came back from the topic
        } finally {
            server.stop(0);
        }
    }
}
