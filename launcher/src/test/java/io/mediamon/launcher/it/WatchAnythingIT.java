package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.PartySource;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.lab.synthetic.SyntheticArticles;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.client.IngestClient;
import io.mediamon.launcher.client.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A user watches their own entity: a name no file lists, added and removed at runtime through the watchlist API,
 * found by analysis without a restart, and alerted on; and a person no one configured is still a party.
 */
class WatchAnythingIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String ID = "zorblax";
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger probes = new AtomicInteger();
    /** Probes are dated before the backfill, so they never move stream time past the history that follows. */
    private final Instant probeTime = Instant.now().minus(Duration.ofHours(50));

    @Test
    @Timeout(300)
    void shouldFindAnEntityAddedAtRuntimeAlertOnItsBurstAndStopAfterDelete() throws Exception {
        TestEnvironment env = TestEnvironment.create("watch", 1);
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            String alert = "http://127.0.0.1:" + pipeline.alert().port();
            IngestClient ingest = IngestClient.local(pipeline.ingest().port());
            HttpResponse<String> refused = put(alert + "/watchlist/" + ID, "{\"name\":\"Zorblax\",\"aliases\":[\"a\"]}");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("fewer than two letters");
            assertThat(put(alert + "/watchlist/" + ID, "{\"name\":\"Zorblax\",\"query\":\"(Zorblax\"}").statusCode())
                    .isEqualTo(400);

            HttpResponse<String> added = put(alert + "/watchlist/" + ID,
                    "{\"name\":\"Zorblax\",\"aliases\":[\"Zorblax AG\"],\"type\":\"organisation\"}");
            assertThat(added.statusCode()).isEqualTo(200);
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                    .until(() -> probe(env.kafka(), ingest).isPresent());
            PartySentiment found = probe(env.kafka(), ingest).orElseThrow();
            assertThat(found.foundBy()).isEqualTo(PartySource.WATCHLIST);
            assertThat(found.surfaceForms()).contains("Zorblax");
            assertThat(found.sentiment()).isNotNull();

            Instant now = Instant.now();
            List<ArticleSubmission> history = new ArrayList<>(SyntheticArticles.about("Zorblax",
                    SyntheticArticles.steadyFlow(now, 48, 1.5, 7), 7, "w"));
            history.sort(Comparator.comparing(ArticleSubmission::publishedAt));
            int sent = 0;
            for (int from = 0; from < history.size(); from += 100) {
                sent += IngestClient.acceptedIds(ingest.postBatch(history.subList(from,
                        Math.min(history.size(), from + 100)))).size();
            }
            sent += IngestClient.acceptedIds(ingest.postBatch(SyntheticArticles.about("Zorblax",
                    SyntheticArticles.burst(now, 25), 8, "b"))).size();
            assertThat(sent).isGreaterThan(90);
            try (TopicReader<AlertEvent> reader = new TopicReader<>(env.kafka(), env.kafka().topics().alerts())) {
                List<ConsumerRecord<String, AlertEvent>> alerts = reader.readUntil(
                        all -> all.stream().anyMatch(r -> r.key().equals(ID)), Duration.ofSeconds(90));
                assertThat(alerts).anyMatch(r -> r.key().equals(ID));
            }

            HttpResponse<String> deleted = send(HttpRequest.newBuilder(URI.create(alert + "/watchlist/" + ID))
                    .DELETE());
            assertThat(deleted.statusCode()).isEqualTo(200);
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                    .until(() -> probe(env.kafka(), ingest).isEmpty());
        }
    }

    @Test
    @Timeout(180)
    void shouldScoreAndCountARecognisedPersonNoOneConfigured() throws Exception {
        TestEnvironment env = TestEnvironment.create("recognised", 1);
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            IngestClient ingest = IngestClient.local(pipeline.ingest().port());
            ArticleSubmission article = new ArticleSubmission("Commission weighs new rules for platforms",
                    "Neelie Kroes praised the proposal on Tuesday. Kroes said the rules were a fair and welcome "
                            + "step for small firms.\n\nCritics disagreed, but Ms. Kroes insisted the plan would help "
                            + "consumers across the region.",
                    null, "example.org", null, "en", Instant.now().toString());
            String id = ingest.postOne(article).body().path("id").asText();
            TaggedArticle tagged = PipelineIT.readTagged(env.kafka(), 1).get(id);
            PartySentiment kroes = tagged.parties().stream().filter(p -> p.entityId().equals("neelie-kroes"))
                    .findFirst().orElseThrow();
            assertThat(kroes.foundBy()).isEqualTo(PartySource.RECOGNISED);
            assertThat(kroes.type()).isEqualTo("person");
            assertThat(kroes.mentions()).isEqualTo(3);
            assertThat(kroes.surfaceForms()).containsExactly("Neelie Kroes", "Kroes");
            assertThat(kroes.evidence()).isNotEmpty();
            try (TopicReader<Mention> reader = new TopicReader<>(env.kafka(), env.kafka().topics().mentions())) {
                List<ConsumerRecord<String, Mention>> mentions = reader.readUntil(
                        all -> all.stream().anyMatch(r -> r.key().equals("neelie-kroes")), WAIT);
                Mention m = mentions.stream().filter(r -> r.key().equals("neelie-kroes")).findFirst().orElseThrow()
                        .value();
                assertThat(m.articleId()).isEqualTo(id);
                assertThat(m.sentiment()).isNotNull();
            }
        }
    }

    /** Posts a fresh article that names the entity and returns the party analysis found in it, if any. */
    private Optional<PartySentiment> probe(KafkaSettings kafka, IngestClient ingest) throws Exception {
        int n = probes.incrementAndGet();
        ArticleSubmission article = new ArticleSubmission("Quarterly update number " + n,
                "Zorblax reported steady orders this quarter, probe " + n + ". Analysts expect Zorblax AG to keep "
                        + "its guidance.", null, "probe.example", null, "en", probeTime.plusSeconds(n).toString());
        String id = ingest.postOne(article).body().path("id").asText();
        try (TopicReader<TaggedArticle> reader = new TopicReader<>(kafka, kafka.topics().articlesTagged())) {
            TaggedArticle tagged = reader.readUntil(all -> all.stream().anyMatch(r -> r.key().equals(id)), WAIT)
                    .stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow().value();
            return tagged.parties().stream().filter(p -> p.entityId().equals(ID)).findFirst();
        }
    }

    private HttpResponse<String> put(String url, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
