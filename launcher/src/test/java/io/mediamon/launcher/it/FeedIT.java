package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.ingest.IngestService;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.launcher.client.TopicReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** ingest-service's feed and file sources against a real broker and a feed served by a local HTTP server. */
class FeedIT {
    private static final String ETAG = "\"v1\"";

    private static String rss(int items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Local Wire</title><link>http://localhost/</link><description>test</description>"
                + "<language>en</language>");
        for (int i = 1; i <= items; i++) {
            xml.append("<item><title>Regulators review TikTok deal, part ").append(i).append("</title>")
                    .append("<link>http://localhost/news/").append(i).append("?utm_source=feed</link>")
                    .append("<guid>item-").append(i).append("</guid>")
                    .append("<pubDate>Tue, 01 Sep 2020 1").append(i).append(":00:00 GMT</pubDate>")
                    .append("<description>&lt;p&gt;The Commerce Department said on Tuesday that talks with ")
                    .append("ByteDance over TikTok continue, and Oracle remains a bidder (item ").append(i)
                    .append(").&lt;/p&gt;</description></item>");
        }
        return xml.append("<item><title></title><link>http://localhost/news/empty</link><guid>empty</guid>"
                + "<description>x</description></item></channel></rss>").toString();
    }

    @Test
    @Timeout(120)
    void shouldPublishEachFeedItemOnceUsingConditionalGet() throws Exception {
        AtomicInteger items = new AtomicInteger(3);
        AtomicReference<String> etag = new AtomicReference<>(ETAG);
        AtomicInteger fullResponses = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        List<String> conditionalHeaders = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (ifNoneMatch != null) {
                conditionalHeaders.add(ifNoneMatch);
            }
            if (etag.get().equals(ifNoneMatch)) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] body = rss(items.get()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("ETag", etag.get());
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
                fullResponses.incrementAndGet();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        TestEnvironment env = TestEnvironment.create("feed", 2)
                .with("MEDIAMON_INGEST_FEEDS", "http://localhost:" + server.getAddress().getPort()
                        + "/feed.xml|Local Wire")
                .with("MEDIAMON_INGEST_FEED_INTERVAL", "200ms")
                .with("MEDIAMON_ALLOW_PRIVATE_TARGETS", "true");
        try (IngestService ingest = new IngestService(IngestConfig.load(env.settings(), null));
             TopicReader<Article> raw = new TopicReader<>(env.kafka(), env.kafka().topics().articlesRaw())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> notModified.get() >= 2);
            items.set(5);
            etag.set("\"v2\"");
            await().atMost(Duration.ofSeconds(30)).until(() -> fullResponses.get() >= 2 && notModified.get() >= 4);

            List<ConsumerRecord<String, Article>> published = raw.readUntil(all -> all.size() >= 5,
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, Article>> settled = raw.drain(Duration.ofSeconds(1));
            assertThat(published).hasSizeGreaterThanOrEqualTo(5);
            assertThat(settled).hasSize(5);
            assertThat(settled).extracting(r -> r.value().url()).containsExactlyInAnyOrder(
                    "https://localhost/news/1", "https://localhost/news/2", "https://localhost/news/3",
                    "https://localhost/news/4", "https://localhost/news/5");
            assertThat(settled.get(0).value().body()).doesNotContain("<p>").contains("Commerce Department");
            assertThat(settled.get(0).value().outlet()).isEqualTo("Local Wire");
            assertThat(settled.get(0).value().publishedAt()).isNotNull();
            assertThat(conditionalHeaders).contains(ETAG);
        } finally {
            server.stop(0);
        }
        try (TopicReader<DeadLetter> letters = new TopicReader<>(env.kafka(), env.kafka().topics().deadLetters())) {
            List<ConsumerRecord<String, DeadLetter>> refused = letters.readUntil(all -> !all.isEmpty(),
                    Duration.ofSeconds(30));
            assertThat(refused).hasSize(1);
            assertThat(refused.get(0).value().reason()).contains("neither a usable title nor a body");
        }
    }

    @Test
    @Timeout(120)
    void shouldImportTextAndJsonlFilesAndDeadLetterBadLines(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("../seeds/001_a0fb09fb4f8396f5.txt"), dir.resolve("001.txt"));
        Files.writeString(dir.resolve("more.jsonl"), String.join("\n",
                "{\"title\":\"Oracle named TikTok partner\",\"body\":\"Oracle will become the trusted technology"
                        + " partner of TikTok in the United States, the companies said.\","
                        + "\"url\":\"https://example.com/a\",\"publishedAt\":\"2020-09-14T10:00:00Z\"}",
                "{\"title\": broken json",
                "{\"title\":\"Dated in the future\",\"body\":\"Walmart and Microsoft teamed up to bid for the"
                        + " app's US operations.\",\"publishedAt\":\"2999-01-01T00:00:00Z\"}"));
        TestEnvironment env = TestEnvironment.create("files", 1);
        try (IngestService ingest = new IngestService(IngestConfig.load(env.settings(), null))) {
            var report = ingest.importDirectory(dir);
            assertThat(report.publishedIds()).hasSize(2);
            assertThat(report.rejected()).isEqualTo(2);
        }
        try (TopicReader<DeadLetter> letters = new TopicReader<>(env.kafka(), env.kafka().topics().deadLetters())) {
            List<ConsumerRecord<String, DeadLetter>> refused = letters.readUntil(all -> all.size() >= 2,
                    Duration.ofSeconds(30));
            assertThat(refused).extracting(r -> r.value().reason())
                    .anySatisfy(reason -> assertThat(reason).contains("not valid JSON"))
                    .anySatisfy(reason -> assertThat(reason).contains("in the future"));
            assertThat(refused).extracting(r -> r.value().sourceTopic())
                    .containsExactlyInAnyOrder("file:more.jsonl:2", "file:more.jsonl:3");
        }
    }
}
