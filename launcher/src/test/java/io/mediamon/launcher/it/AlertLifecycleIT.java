package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.alert.AlertService;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.lab.synthetic.SyntheticArticles;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.client.IngestClient;
import io.mediamon.launcher.client.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The alert lifecycle on a real broker, and syndicated copies counted once through the whole pipeline. */
class AlertLifecycleIT {
    private static final long HOUR = 3_600_000L;

    @Test
    @Timeout(180)
    void shouldOpenUpdateAndResolveOneAlertPerSpike() throws Exception {
        TestEnvironment env = TestEnvironment.create("lifecycle", 1)
                .with("MEDIAMON_WATCHLIST", "Q148:China")
                .with("MEDIAMON_ALERT_COOLDOWN", "2h");
        KafkaSettings kafka = env.kafka();
        try (AlertService alert = new AlertService(AlertConfig.load(env.settings(), null));
             MentionFeed feed = new MentionFeed(kafka);
             TopicReader<AlertEvent> alerts = new TopicReader<>(kafka, kafka.topics().alerts())) {
            long spikeHour = Math.floorDiv(Instant.now().toEpochMilli(), HOUR) * HOUR - 8 * HOUR;
            Random random = new Random(3);
            for (long h = spikeHour - 48 * HOUR; h < spikeHour; h += HOUR) {
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    feed.mention("Q148", "China", Instant.ofEpochMilli(h + (i + 1) * HOUR / (n + 1)));
                }
            }
            for (int i = 0; i < 40; i++) {
                feed.mention("Q148", "China", Instant.ofEpochMilli(spikeHour + i * 60_000L));
            }
            for (long h = spikeHour + HOUR; h < spikeHour + 7 * HOUR; h += HOUR) {
                feed.mention("Q148", "China", Instant.ofEpochMilli(h + HOUR / 2));
            }
            feed.flush();

            List<AlertEvent> events = alerts.readUntil(all -> all.stream()
                    .anyMatch(r -> r.value().data().status().wire().equals("resolved")), Duration.ofSeconds(90))
                    .stream().map(ConsumerRecord::value).filter(e -> e.data().type().wire().equals("spike")).toList();
            assertThat(events).extracting(e -> e.data().status().wire()).startsWith("open").endsWith("resolved")
                    .containsOnlyOnce("open", "resolved");
            assertThat(events).extracting(e -> e.data().status().wire()).contains("update");
            assertThat(events.stream().map(e -> e.data().alertId()).distinct()).hasSize(1);
            assertThat(events.stream().map(AlertEvent::id).distinct()).hasSize(events.size());
        }
    }

    @Test
    @Timeout(240)
    void shouldCountSyndicatedCopiesOnceSoTheyRaiseNoAlert() throws Exception {
        TestEnvironment env = TestEnvironment.create("syndication", 1)
                .with("MEDIAMON_WATCHLIST", "Q48938223:TikTok,Q2283:Microsoft");
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            IngestClient client = IngestClient.local(pipeline.ingest().port());
            Instant now = Instant.now();
            List<ArticleSubmission> history = new ArrayList<>();
            history.addAll(SyntheticArticles.about("TikTok", SyntheticArticles.steadyFlow(now, 48, 1.5, 5), 5, "w"));
            history.addAll(SyntheticArticles.about("Microsoft", SyntheticArticles.steadyFlow(now, 48, 1.5, 6), 6,
                    "w"));
            history.sort(Comparator.comparing(a -> Instant.parse(a.publishedAt())));
            int sent = 0;
            for (int from = 0; from < history.size(); from += 100) {
                sent += IngestClient.acceptedIds(client.postBatch(history.subList(from,
                        Math.min(history.size(), from + 100)))).size();
            }
            ArticleSubmission original = SyntheticArticles.about("Microsoft", List.of(now), 7, "wire").get(0);
            List<ArticleSubmission> current = new ArrayList<>();
            List<Instant> burstTimes = SyntheticArticles.burst(now, 25);
            for (int i = 0; i < burstTimes.size(); i++) {
                current.add(new ArticleSubmission(original.title() + (i % 2 == 0 ? "" : " (updated)"),
                        original.body() + (i % 3 == 0 ? "" : "\n\nReporting by the wire desk."),
                        "https://outlet" + i + ".example/syndicated/microsoft-story", "outlet" + i + ".example",
                        null, "en", burstTimes.get(i).toString()));
            }
            current.addAll(SyntheticArticles.about("TikTok", SyntheticArticles.burst(now, 25), 8, "b"));
            current.sort(Comparator.comparing(a -> Instant.parse(a.publishedAt())));
            List<String> currentIds = IngestClient.acceptedIds(client.postBatch(current));
            assertThat(currentIds).doesNotHaveDuplicates();
            sent += currentIds.size();

            java.util.Map<String, io.mediamon.common.event.TaggedArticle> tagged =
                    PipelineIT.readTagged(env.kafka(), sent);
            assertThat(tagged.values().stream().filter(t -> t.title().startsWith(original.title()))
                    .map(io.mediamon.common.event.TaggedArticle::storyId).distinct()).hasSize(1);
            try (TopicReader<AlertEvent> reader = new TopicReader<>(env.kafka(), env.kafka().topics().alerts())) {
                reader.readUntil(all -> all.stream().anyMatch(r -> r.key().equals("Q48938223")),
                        Duration.ofSeconds(90));
                List<ConsumerRecord<String, AlertEvent>> settled = reader.drain(Duration.ofSeconds(3));
                assertThat(settled).anyMatch(r -> r.key().equals("Q48938223"));
                assertThat(settled).noneMatch(r -> r.key().equals("Q2283"));
            }
        }
    }
}
