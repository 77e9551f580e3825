package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.Article;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.replay.MonthSample;
import io.mediamon.launcher.replay.ProgressBar;
import io.mediamon.launcher.replay.ReplayInput;
import io.mediamon.launcher.replay.ReplayOptions;
import io.mediamon.launcher.replay.ReplaySummary;
import io.mediamon.launcher.replay.Replayer;
import io.mediamon.launcher.client.TopicReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill of a past month through {@code replay}: interrupted part-way and resumed, it delivers every article
 * exactly once and raises the spike alert of the burst hour, as the month would have live.
 */
class ReplayIT {
    private static final String TIKTOK = "Q48938223";
    /** A fixed past month, so the hourly counts and the weekday pattern the detector learns are the same each run. */
    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant BURST_HOUR = Instant.parse("2026-10-22T14:00:00Z");

    @Test
    @Timeout(300)
    void shouldResumeAnInterruptedBackfillWithoutDuplicatesAndRaiseTheMonthsSpike(@TempDir Path dir)
            throws Exception {
        MonthSample month = new MonthSample(END, 30, 0.25, "TikTok", 25, BURST_HOUR, 11);
        Path file = dir.resolve("month.jsonl");
        int written;
        try (OutputStream out = Files.newOutputStream(file)) {
            written = month.write(Path.of("../seeds"), out);
        }
        TestEnvironment env = TestEnvironment.create("replay", 1).with("MEDIAMON_WATCHLIST", TIKTOK + ":TikTok");
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            URI ingest = URI.create("http://localhost:" + pipeline.ingest().port());
            ReplayInput input = ReplayInput.read(file.toString(), System.in);
            assertThat(input.items()).hasSize(written);
            Path progress = dir.resolve("progress.json");

            ByteArrayOutputStream shown = new ByteArrayOutputStream();
            ReplaySummary first = new Replayer(new ReplayOptions(ingest, null, 0, 50, false, 80, progress, false),
                    new ProgressBar(new PrintStream(shown, true, StandardCharsets.UTF_8), true), System.err)
                    .run(input);
            assertThat(first.sent()).isEqualTo(80);
            assertThat(first.accepted()).isEqualTo(80);
            assertThat(first.complete()).isFalse();
            assertThat(shown.toString(StandardCharsets.UTF_8)).contains("80/80").contains("/s").contains("ETA");

            ReplaySummary second = new Replayer(new ReplayOptions(ingest, null, 400, 100, false, 0, progress, false),
                    new ProgressBar(System.out, false), System.err).run(ReplayInput.read(file.toString(), System.in));
            assertThat(second.skipped()).isEqualTo(80);
            assertThat(second.sent()).isEqualTo(written - 80);
            assertThat(second.accepted()).isEqualTo(written - 80);
            assertThat(second.rejected()).isEmpty();
            assertThat(second.complete()).isTrue();

            System.err.printf("ReplayIT: %s replayed %d articles: %s%n", Instant.now(), written, second.toJson());
            try (TopicReader<Article> raw = new TopicReader<>(env.kafka(), env.kafka().topics().articlesRaw())) {
                raw.readUntil(all -> all.size() >= written, Duration.ofSeconds(30));
                List<ConsumerRecord<String, Article>> all = raw.drain(Duration.ofSeconds(2));
                assertThat(all).hasSize(written);
                assertThat(all.stream().map(ConsumerRecord::key).distinct()).hasSize(written);
            }
            try (TopicReader<AlertEvent> alerts = new TopicReader<>(env.kafka(), env.kafka().topics().alerts())) {
                List<AlertEvent> spikes = alerts.readUntil(all -> all.stream().anyMatch(r -> isBurstSpike(r.value())),
                        Duration.ofSeconds(150)).stream().map(ConsumerRecord::value)
                        .filter(e -> TIKTOK.equals(e.subject()) && isSpike(e)).toList();
                assertThat(spikes).isNotEmpty();
                System.err.printf("ReplayIT: %s first spike alert: %s%n", Instant.now(), spikes.get(0).data().reason());
                assertThat(spikes.get(0).data().windowStart()).isEqualTo(BURST_HOUR);
                assertThat(String.valueOf(spikes.get(0).data().status())).isEqualToIgnoringCase("open");
            }
        }
    }

    private static boolean isBurstSpike(AlertEvent event) {
        return TIKTOK.equals(event.subject()) && isSpike(event) && BURST_HOUR.equals(event.data().windowStart());
    }

    /** Compares by name, so it holds whether the alert type is a string or an enum. */
    private static boolean isSpike(AlertEvent event) {
        return "spike".equalsIgnoreCase(String.valueOf(event.data().type()));
    }
}
