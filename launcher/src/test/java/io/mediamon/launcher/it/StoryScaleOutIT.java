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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Story assignment scales out: with two analysis instances on four partitions, both do band look-ups of the story
 * index, and every syndicated copy (another id, an updated headline, a credit line) still lands in its original's story
 * while unrelated articles keep their own.
 */
class StoryScaleOutIT {
    private static final int ORIGINALS = 20;

    @Test
    @Timeout(300)
    void shouldAssignStoriesOnBothInstancesAndKeepCopiesInTheirOriginalsStory() throws Exception {
        TestEnvironment env = TestEnvironment.create("stories", 4);
        KafkaSettings kafka = env.kafka();
        Map<String, String> second = new HashMap<>(env.values());
        second.put("MEDIAMON_ANALYSIS_STATE_DIR", Files.createTempDirectory("stories-second").toString());
        try (AnalysisService first = new AnalysisService(AnalysisConfig.load(env.settings(), null));
             AnalysisService other = new AnalysisService(AnalysisConfig.load(Settings.from(second), null));
             TopicReader<TaggedArticle> tagged = new TopicReader<>(kafka, kafka.topics().articlesTagged())) {
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    first.runner().state() == KafkaStreams.State.RUNNING
                            && other.runner().state() == KafkaStreams.State.RUNNING
                            && activeTasks(first) > 0 && activeTasks(other) > 0);

            // the copies follow once their originals are tagged: copies of stories already seen, as on a real wire
            // (when an original and its copy arrive at once on two instances, either may found the story)
            produce(kafka, 0);
            tagged.readUntil(records -> records.size() >= ORIGINALS, Duration.ofSeconds(150));
            produce(kafka, 1);
            List<ConsumerRecord<String, TaggedArticle>> all = tagged.readUntil(
                    records -> records.size() >= 2 * ORIGINALS, Duration.ofSeconds(150));

            Map<String, TaggedArticle> byId = new HashMap<>();
            all.forEach(r -> byId.put(r.key(), r.value()));
            assertThat(byId).hasSize(2 * ORIGINALS);
            for (int i = 0; i < ORIGINALS; i++) {
                TaggedArticle original = byId.get("story-" + i);
                TaggedArticle copy = byId.get("story-" + i + "-copy");
                assertThat(original.storyId()).as("original %d", i).isEqualTo(original.id());
                assertThat(copy.storyId()).as("copy %d", i).isEqualTo(original.id());
                assertThat(copy.duplicate()).isTrue();
            }
            assertThat(first.meters().bandLookups()).as("band look-ups on the first instance").isPositive();
            assertThat(other.meters().bandLookups()).as("band look-ups on the second instance").isPositive();
            assertThat(first.meters().bandLookups() + other.meters().bandLookups())
                    .isEqualTo(9.0 * 2 * ORIGINALS);
        }
    }

    private static int activeTasks(AnalysisService service) {
        return service.runner().streams().metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size())
                .sum();
    }

    /** Round 0 sends the originals, round 1 their copies (new id, updated headline, a credit line). */
    private static void produce(KafkaSettings kafka, int round) {
        Instant now = Instant.now();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(kafka.clientProperties(),
                new StringSerializer(), kafka.topics().articlesRaw().valueSerde().serializer())) {
            String[] parties = {"ByteDance", "Oracle", "Walmart", "Microsoft"};
            for (int i = 0; i < ORIGINALS; i++) {
                String body = SyntheticArticles.bodyOfSize(parties[i % parties.length], 1_500, 7_000L + i);
                String id = round == 0 ? "story-" + i : "story-" + i + "-copy";
                String title = "Report " + i + " on " + parties[i % parties.length]
                        + (round == 0 ? "" : " (updated)");
                String text = round == 0 ? body : body + "\n\nReporting by the wire desk.";
                Article article = new Article(id, null, title, text, round == 0 ? "wire.example" : "mirror.example",
                        null, "en", null, now.plusMillis(round * 1_000L + i), "test");
                producer.send(new ProducerRecord<>(kafka.topics().articlesRaw().name(), id, article));
            }
            producer.flush();
        }
    }
}
