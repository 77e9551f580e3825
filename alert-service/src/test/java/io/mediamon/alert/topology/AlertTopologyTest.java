package io.mediamon.alert.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.alert.config.AlertConfig;
import io.mediamon.alert.coverage.AlertMeters;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.topic.TopicCatalogue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertTopologyTest {
    private static final long HOUR = 3_600_000L;
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Mention> mentions;
    private TestInputTopic<String, byte[]> rawMentions;
    private TestInputTopic<String, WatchRule> watchlist;
    private TestOutputTopic<String, AlertEvent> alerts;
    private TestOutputTopic<String, DeadLetter> deadLetters;
    private int articleCounter;

    @BeforeEach
    void setUp() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "unused:9092");
        env.put("MEDIAMON_ALERT_STATE_DIR", stateDir.toString());
        env.put("MEDIAMON_WATCHLIST", "Q148:China");
        AlertConfig config = AlertConfig.load(Settings.from(env), null);
        Properties props = AlertTopology.properties(config);
        driver = new TopologyTestDriver(AlertTopology.build(config, new SpikeDetector(),
                new AlertMeters(new SimpleMeterRegistry())), props);
        TopicCatalogue topics = config.kafka().topics();
        mentions = driver.createInputTopic(topics.mentions().name(), Serdes.String().serializer(),
                topics.mentions().valueSerde().serializer());
        rawMentions = driver.createInputTopic(topics.mentions().name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        watchlist = driver.createInputTopic(topics.watchlist().name(), Serdes.String().serializer(),
                topics.watchlist().valueSerde().serializer());
        alerts = driver.createOutputTopic(topics.alerts().name(), Serdes.String().deserializer(),
                topics.alerts().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), Serdes.String().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
        watchlist.pipeInput("Q148", new WatchRule("Q148", "China", 1.0, true), START);
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private void mention(String entity, long timeMs, String storyId, double sentiment) {
        String article = "a" + (articleCounter++);
        SentimentLabel label = sentiment < -0.05 ? SentimentLabel.NEGATIVE : sentiment > 0.05 ? SentimentLabel.POSITIVE
                : SentimentLabel.NEUTRAL;
        Instant time = Instant.ofEpochMilli(timeMs);
        mentions.pipeInput(entity, new Mention(entity, entity.equals("Q148") ? "China" : entity, article,
                storyId == null ? article : storyId, storyId != null, "outlet" + (articleCounter % 4) + ".example",
                "Story " + article, time, time, new Sentiment(label, sentiment, 0.8), List.of("diplomacy")), time);
    }

    /** A steady Poisson-like flow of about {@code perHour} unique stories an hour, for {@code hours} hours. */
    private long steadyFlow(String entity, int hours, double perHour, long seed) {
        Random random = new Random(seed);
        long t = START.toEpochMilli();
        for (int h = 0; h < hours; h++) {
            int n = 0;
            double limit = Math.exp(-perHour);
            double p = random.nextDouble();
            while (p > limit) {
                p *= random.nextDouble();
                n++;
            }
            for (int i = 0; i < n; i++) {
                mention(entity, t + h * HOUR + (i + 1) * (HOUR / (n + 1)), null, 0.0);
            }
        }
        return t + hours * HOUR;
    }

    private List<AlertEvent> spikeEvents() {
        return alerts.readValuesToList().stream().filter(e -> e.data().type().wire().equals("spike")).toList();
    }

    @Test
    void shouldRaiseExactlyOneSpikeAlertForABurst() {
        long end = steadyFlow("Q148", 72, 2.0, 7);
        for (int i = 0; i < 30; i++) {
            mention("Q148", end + i * 60_000L, null, -0.6);
        }
        List<AlertEvent> spikes = spikeEvents();

        assertThat(spikes).isNotEmpty();
        assertThat(spikes.stream().map(e -> e.data().alertId()).distinct()).hasSize(1);
        assertThat(spikes.stream().filter(e -> e.data().status().wire().equals("open"))).hasSize(1);
        assertThat(spikes.get(0).data().entityName()).isEqualTo("China");
        assertThat(spikes.get(0).data().topArticles()).isNotEmpty();
        assertThat(spikes.get(0).data().reason()).contains("unique stories");
        assertThat(spikes.get(0).specversion()).isEqualTo("1.0");
        assertThat(spikes.get(0).type()).isEqualTo("io.mediamon.alert.spike");
    }

    @Test
    void shouldStayQuietForASteadyFlow() {
        steadyFlow("Q148", 24 * 8, 3.0, 11);

        assertThat(spikeEvents()).isEmpty();
    }

    @Test
    void shouldFireEarlyBeforeTheWindowCloses() {
        long end = steadyFlow("Q148", 72, 1.0, 3);
        for (int i = 0; i < 12; i++) {
            mention("Q148", end + i * 30_000L, null, 0.0);
        }
        List<AlertEvent> spikes = spikeEvents();

        assertThat(spikes).isNotEmpty();
        assertThat(spikes.get(0).data().updatedAt()).isBefore(Instant.ofEpochMilli(end + HOUR));
    }

    @Test
    void shouldCountSyndicatedCopiesOfOneStoryOnce() {
        long end = steadyFlow("Q148", 72, 2.0, 5);
        for (int i = 0; i < 30; i++) {
            mention("Q148", end + i * 60_000L, "syndicated-story", -0.5);
        }

        assertThat(spikeEvents()).isEmpty();
    }

    @Test
    void shouldResolveTheAlertAfterTheCooldown() {
        long end = steadyFlow("Q148", 72, 2.0, 9);
        for (int i = 0; i < 30; i++) {
            mention("Q148", end + i * 60_000L, null, 0.0);
        }
        // quiet coverage for the next hours moves stream time past the cooldown
        for (int h = 1; h <= 6; h++) {
            mention("Q148", end + h * HOUR + 600_000L, null, 0.0);
        }
        List<AlertEvent> spikes = spikeEvents();

        assertThat(spikes).extracting(e -> e.data().status().wire()).contains("open", "resolved");
        assertThat(spikes.get(spikes.size() - 1).data().status().wire()).isEqualTo("resolved");
        assertThat(spikes.stream().map(e -> e.data().alertId()).distinct()).hasSize(1);
    }

    @Test
    void shouldIgnoreEntitiesThatAreNotWatched() {
        long end = steadyFlow("Q30", 72, 2.0, 13);
        for (int i = 0; i < 30; i++) {
            mention("Q30", end + i * 60_000L, null, 0.0);
        }

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldWatchAnEntityAddedAtRuntime() {
        watchlist.pipeInput("Q30", new WatchRule("Q30", "United States", 1.0, true), START);
        long end = steadyFlow("Q30", 72, 2.0, 13);
        for (int i = 0; i < 30; i++) {
            mention("Q30", end + i * 60_000L, null, 0.0);
        }

        assertThat(spikeEvents()).extracting(e -> e.data().entityId()).containsOnly("Q30");
    }

    @Test
    void shouldStopWatchingAnEntityRemovedAtRuntime() {
        watchlist.pipeInput("Q148", (WatchRule) null, START);
        long end = steadyFlow("Q148", 72, 2.0, 7);
        for (int i = 0; i < 30; i++) {
            mention("Q148", end + i * 60_000L, null, 0.0);
        }

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldRaiseASentimentShiftWhenToneTurnsSharply() {
        long t = START.toEpochMilli();
        for (int h = 0; h < 48; h++) {
            for (int i = 0; i < 4; i++) {
                mention("Q148", t + h * HOUR + i * 600_000L, null, 0.3);
            }
        }
        for (int h = 48; h < 50; h++) {
            for (int i = 0; i < 4; i++) {
                mention("Q148", t + h * HOUR + i * 600_000L, null, -0.8);
            }
        }
        List<AlertEvent> shifts = alerts.readValuesToList().stream()
                .filter(e -> e.data().type().wire().equals("sentiment_shift")).toList();

        assertThat(shifts).isNotEmpty();
        assertThat(shifts.get(0).data().status().wire()).isEqualTo("open");
        assertThat(shifts.get(0).data().reason()).contains("more negative");
    }

    @Test
    void shouldSendUndecodableMentionsToDeadLettersAndKeepGoing() {
        rawMentions.pipeInput("Q148", "{not json".getBytes(StandardCharsets.UTF_8), START);
        long end = steadyFlow("Q148", 72, 2.0, 7);
        for (int i = 0; i < 30; i++) {
            mention("Q148", end + i * 60_000L, null, 0.0);
        }

        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).reason()).startsWith("undecodable");
        assertThat(letters.get(0).payload()).isEqualTo("{not json");
        assertThat(spikeEvents()).isNotEmpty();
    }

    @Test
    void shouldKeepItsTopologyNames() throws Exception {
        String described = driverTopologyDescription();
        Path expected = Path.of("src/test/resources/topology/alert-topology.txt");
        if (Boolean.getBoolean("updateSnapshots")) {
            Files.writeString(expected, described + "\n");
        }

        assertThat(described).isEqualTo(Files.readString(expected).strip());
    }

    private String driverTopologyDescription() {
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", "unused:9092",
                "MEDIAMON_ALERT_STATE_DIR", stateDir.toString());
        AlertConfig config = AlertConfig.load(Settings.from(env), null);
        return AlertTopology.build(config, new SpikeDetector(), new AlertMeters(new SimpleMeterRegistry()))
                .describe().toString().strip();
    }
}
