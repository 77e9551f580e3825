package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.PartySource;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.event.TopicSource;
import io.mediamon.common.event.TopicTag;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.client.IngestClient;
import io.mediamon.launcher.client.TopicReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A topic watched by description: {@code PUT /watchlist/{id}} with an {@code ABOUT("…")} query makes the articles
 * about it (and only those) count as that watch's coverage, on the real broker, without a restart.
 */
class WatchByDescriptionIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String ID = "app-control";
    private static final String QUERY = "ABOUT(\\\"disputes over who owns and controls social-media apps\\\")";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger probes = new AtomicInteger();
    private final Instant published = Instant.now().truncatedTo(ChronoUnit.HOURS).plusSeconds(60);

    @Test
    @Timeout(240)
    void shouldCountArticlesAboutTheDescribedTopicAsTheWatchsCoverage() throws Exception {
        TestEnvironment env = TestEnvironment.create("about", 1);
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            String alert = "http://127.0.0.1:" + pipeline.alert().port();
            IngestClient ingest = IngestClient.local(pipeline.ingest().port());
            HttpResponse<String> refused = put(alert + "/watchlist/" + ID,
                    "{\"name\":\"App control\",\"query\":\"ABOUT(apps)\"}");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("quoted sentence");

            assertThat(put(alert + "/watchlist/" + ID, "{\"name\":\"Control of social-media apps\",\"query\":\""
                    + QUERY + "\"}").statusCode()).isEqualTo(200);
            // the watch applies a few seconds after the PUT: probe until an article about the topic carries it
            await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
                TaggedArticle t = tagged(env.kafka(), ingest, new ArticleSubmission(
                        "Beijing vows to block forced sale of TikTok to an American buyer", "", null, "probe" + probes.incrementAndGet() + ".example", null, "en", published.toString()));
                return t.parties().stream().anyMatch(p -> p.entityId().equals(ID));
            });

            TaggedArticle about = tagged(env.kafka(), ingest, new ArticleSubmission(
                    "Lawmakers demand Chinese owner give up control of popular video app",
                    "Congress pressed the company behind the video-sharing app to sell its American business, "
                            + "saying the foreign owner could control what millions of users see.",
                    null, "news.example", null, "en", published.plusSeconds(5).toString()));
            TopicTag tag = about.topics().stream().filter(t -> t.id().equals(ID)).findFirst().orElseThrow();
            assertThat(tag.source()).isEqualTo(TopicSource.MODEL);
            assertThat(tag.confidence()).isBetween(0.5, 1.0);
            assertThat(about.parties()).anyMatch(p -> p.entityId().equals(ID) && p.foundBy() == PartySource.WATCHLIST);

            TaggedArticle other = tagged(env.kafka(), ingest, new ArticleSubmission(
                    "Yankees rally to beat Red Sox 5-3 in extra innings",
                    "A two-run homer in the tenth inning sealed the win in front of a sold-out stadium.",
                    null, "sport.example", null, "en", published.plusSeconds(10).toString()));
            assertThat(other.parties()).noneMatch(p -> p.entityId().equals(ID));
            assertThat(other.topics()).noneMatch(t -> t.id().equals(ID));

            String from = enc(published.truncatedTo(ChronoUnit.HOURS).toString());
            String to = enc(published.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)).toString());
            String coverage = alert + "/entities/" + ID + "/coverage?bucket=1h&from=" + from + "&to=" + to;
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> stories(coverage) >= 2);
        }
    }

    private long stories(String url) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).GET());
        if (r.statusCode() != 200) {
            return 0;
        }
        long sum = 0;
        for (JsonNode bucket : json.readTree(r.body()).path("items")) {
            sum += bucket.path("stories").asLong();
        }
        return sum;
    }

    private static TaggedArticle tagged(KafkaSettings kafka, IngestClient ingest, ArticleSubmission article)
            throws Exception {
        String id = ingest.postOne(article).body().path("id").asText();
        try (TopicReader<TaggedArticle> reader = new TopicReader<>(kafka, kafka.topics().articlesTagged())) {
            return reader.readUntil(all -> all.stream().anyMatch(r -> r.key().equals(id)), WAIT)
                    .stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow().value();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> put(String url, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
