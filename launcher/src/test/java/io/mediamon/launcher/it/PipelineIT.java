package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.lab.synthetic.SyntheticArticles;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.client.IngestClient;
import io.mediamon.launcher.client.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The three services in one JVM on a real broker, driven over HTTP as a user would. */
class PipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(90);

    static List<ArticleSubmission> seeds() throws Exception {
        List<ArticleSubmission> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(io.mediamon.ingest.source.FileSource.textArticle(
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Test
    @Timeout(180)
    void shouldTagTheFiveSeedsSentOverHttpWithTheirParties() throws Exception {
        TestEnvironment env = TestEnvironment.create("seeds", 3);
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            IngestClient.Response response = IngestClient.local(pipeline.ingest().port()).postBatch(seeds());
            assertThat(response.status()).isEqualTo(202);
            List<String> ids = IngestClient.acceptedIds(response);
            assertThat(ids).hasSize(5).doesNotHaveDuplicates();

            Map<String, TaggedArticle> tagged = readTagged(env.kafka(), ids.size());
            assertThat(tagged.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(tagged.values()).allSatisfy(article -> assertThat(article.parties()).isNotEmpty());
            assertThat(names(tagged.get(ids.get(1)))).contains("China", "United States", "TikTok", "ByteDance");
            assertThat(names(tagged.get(ids.get(4)))).contains("Microsoft", "Oracle", "Walmart");
            assertThat(tagged.get(ids.get(0)).flags().promotional()).isTrue();
        }
    }

    @Test
    @Timeout(240)
    void shouldRaiseExactlyOneAlertForABurstAndNoneForASteadyFlow() throws Exception {
        TestEnvironment env = TestEnvironment.create("burst", 1)
                .with("MEDIAMON_WATCHLIST", "Q48938223:TikTok,Q2283:Microsoft");
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            IngestClient client = IngestClient.local(pipeline.ingest().port());
            Instant now = Instant.now();
            List<ArticleSubmission> history = new ArrayList<>();
            history.addAll(SyntheticArticles.about("TikTok", SyntheticArticles.steadyFlow(now, 48, 1.5, 1), 1, "w"));
            history.addAll(SyntheticArticles.about("Microsoft", SyntheticArticles.steadyFlow(now, 48, 1.5, 2), 2,
                    "w"));
            history.sort(Comparator.comparing(ArticleSubmission::publishedAt));
            int sent = 0;
            for (int from = 0; from < history.size(); from += 100) {
                sent += IngestClient.acceptedIds(client.postBatch(history.subList(from,
                        Math.min(history.size(), from + 100)))).size();
            }
            List<ArticleSubmission> current = new ArrayList<>(SyntheticArticles.about("TikTok",
                    SyntheticArticles.burst(now, 25), 3, "b"));
            current.addAll(SyntheticArticles.about("Microsoft", SyntheticArticles.burst(now, 2), 4, "s"));
            current.sort(Comparator.comparing(ArticleSubmission::publishedAt));
            sent += IngestClient.acceptedIds(client.postBatch(current)).size();
            readTagged(env.kafka(), sent);

            try (TopicReader<AlertEvent> reader = new TopicReader<>(env.kafka(), env.kafka().topics().alerts())) {
                List<ConsumerRecord<String, AlertEvent>> alerts = reader.readUntil(
                        all -> all.stream().anyMatch(r -> r.key().equals("Q48938223")), WAIT);
                List<ConsumerRecord<String, AlertEvent>> settled = reader.drain(Duration.ofSeconds(3));
                List<AlertEvent> tiktok = settled.stream().filter(r -> r.key().equals("Q48938223"))
                        .map(ConsumerRecord::value).toList();
                assertThat(alerts).isNotEmpty();
                assertThat(tiktok.stream().map(e -> e.data().alertId()).distinct()).hasSize(1);
                assertThat(tiktok.stream().filter(e -> e.data().status().wire().equals("open"))).hasSize(1);
                assertThat(tiktok.get(0).data().type().wire()).isEqualTo("spike");
                assertThat(settled).noneMatch(r -> r.key().equals("Q2283"));
            }
        }
    }

    @Test
    @Timeout(180)
    void shouldDeadLetterAMalformedRecordWithItsReasonAndProcessTheNextOnes() throws Exception {
        TestEnvironment env = TestEnvironment.create("dlq", 1);
        KafkaSettings kafka = env.kafka();
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            Properties props = kafka.clientProperties();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(kafka.topics().articlesRaw().name(), "broken",
                        "{\"id\":\"broken\",\"title\":".getBytes(StandardCharsets.UTF_8))).get();
            }
            IngestClient client = IngestClient.local(pipeline.ingest().port());
            IngestClient.Response refused = client.post("/articles", "{\"title\": \" \", \"body\": \"--\"}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().path("errors").get(0).path("reason").asText())
                    .contains("neither a usable title nor a body");

            IngestClient.Response accepted = client.postOne(seeds().get(2));
            assertThat(accepted.status()).isEqualTo(202);
            String id = accepted.body().path("id").asText();

            assertThat(readTagged(kafka, 1)).containsOnlyKeys(id);
            try (TopicReader<DeadLetter> reader = new TopicReader<>(kafka, kafka.topics().deadLetters())) {
                List<ConsumerRecord<String, DeadLetter>> letters = reader.readUntil(all -> !all.isEmpty(), WAIT);
                assertThat(letters).hasSize(1);
                DeadLetter letter = letters.get(0).value();
                assertThat(letter.reason()).startsWith("undecodable");
                assertThat(letter.key()).isEqualTo("broken");
                assertThat(letter.sourceTopic()).isEqualTo(kafka.topics().articlesRaw().name());
                assertThat(letter.offset()).isEqualTo(0);
                assertThat(letter.payload()).isEqualTo("{\"id\":\"broken\",\"title\":");
            }
        }
    }

    static Map<String, TaggedArticle> readTagged(KafkaSettings kafka, int expected) {
        try (TopicReader<TaggedArticle> reader = new TopicReader<>(kafka, kafka.topics().articlesTagged())) {
            List<ConsumerRecord<String, TaggedArticle>> records = reader.readUntil(
                    all -> all.stream().map(ConsumerRecord::key).distinct().count() >= expected, WAIT);
            return records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value,
                    (a, b) -> b));
        }
    }

    private static List<String> names(TaggedArticle article) {
        return article.parties().stream().map(PartySentiment::name).toList();
    }
}
