package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mediamon.analysis.AnalysisService;
import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.lab.synthetic.SyntheticArticles;
import io.mediamon.launcher.client.TopicReader;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two analysis-service instances share the work through partitions; one is stopped mid-stream and the other
 * takes over its partitions. Every article is still tagged exactly once, as a read_committed subscriber sees it.
 */
class ScaleOutIT {
    private static final int ARTICLES = 600;

    @Test
    @Timeout(240)
    void shouldTagEveryArticleExactlyOnceWhenAnInstanceStopsMidStream() throws Exception {
        TestEnvironment env = TestEnvironment.create("scale", 4);
        KafkaSettings kafka = env.kafka();
        Map<String, String> second = new HashMap<>(env.values());
        second.put("MEDIAMON_ANALYSIS_STATE_DIR", Files.createTempDirectory("scale-second").toString());
        try (AnalysisService first = new AnalysisService(AnalysisConfig.load(env.settings(), null));
             TopicReader<TaggedArticle> tagged = new TopicReader<>(kafka, kafka.topics().articlesTagged())) {
            AnalysisService other = new AnalysisService(AnalysisConfig.load(Settings.from(second), null));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    first.runner().state() == KafkaStreams.State.RUNNING
                            && other.runner().state() == KafkaStreams.State.RUNNING);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    first.runner().streams().metadataForLocalThreads().stream()
                            .mapToInt(t -> t.activeTasks().size()).sum() > 0
                            && other.runner().streams().metadataForLocalThreads().stream()
                            .mapToInt(t -> t.activeTasks().size()).sum() > 0);

            produce(kafka, ARTICLES);
            tagged.readUntil(all -> all.size() >= ARTICLES / 6, Duration.ofSeconds(60));
            other.close();

            List<ConsumerRecord<String, TaggedArticle>> all = tagged.readUntil(
                    records -> records.size() >= ARTICLES, Duration.ofSeconds(120));
            List<ConsumerRecord<String, TaggedArticle>> settled = tagged.drain(Duration.ofSeconds(2));
            Map<String, Long> perId = settled.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.counting()));
            assertThat(all).hasSizeGreaterThanOrEqualTo(ARTICLES);
            assertThat(perId).hasSize(ARTICLES);
            assertThat(perId.values()).containsOnly(1L);
        }
    }

    private static void produce(KafkaSettings kafka, int count) {
        Instant now = Instant.now();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(kafka.clientProperties(),
                new StringSerializer(), kafka.topics().articlesRaw().valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                String id = "scale-" + i;
                Article article = new Article(id, null, "Scale-out article " + i + " about ByteDance",
                        SyntheticArticles.bodyOfSize(i % 2 == 0 ? "ByteDance" : "Oracle", 2_000, i), "wire.example",
                        null, "en", null, now, "test");
                producer.send(new ProducerRecord<>(kafka.topics().articlesRaw().name(), id, article));
            }
            producer.flush();
        }
    }

}
