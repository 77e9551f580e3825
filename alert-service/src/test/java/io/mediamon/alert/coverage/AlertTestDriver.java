package io.mediamon.alert.coverage;

import io.mediamon.alert.config.AlertConfig;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.coverage.AlertMeters;
import io.mediamon.alert.topology.AlertTopology;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.Evidence;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.topic.TopicCatalogue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.WindowStore;

/** The alert topology on a {@link TopologyTestDriver}, with helpers to send mentions at explicit event times. */
final class AlertTestDriver implements AutoCloseable {
    static final long HOUR = 3_600_000L;
    static final long MINUTE = 60_000L;

    final TopologyTestDriver driver;
    final TestInputTopic<String, Mention> mentions;
    final TestInputTopic<String, WatchRule> watchlist;
    final TestOutputTopic<String, AlertEvent> alerts;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private int articles;

    AlertTestDriver(Path stateDir, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "unused:9092");
        env.put("MEDIAMON_ALERT_STATE_DIR", stateDir.toString());
        env.putAll(extra);
        AlertConfig config = AlertConfig.load(Settings.from(env), null);
        driver = new TopologyTestDriver(AlertTopology.build(config, new SpikeDetector(), new AlertMeters(registry)),
                AlertTopology.properties(config));
        TopicCatalogue topics = config.kafka().topics();
        mentions = driver.createInputTopic(topics.mentions().name(), Serdes.String().serializer(),
                topics.mentions().valueSerde().serializer());
        watchlist = driver.createInputTopic(topics.watchlist().name(), Serdes.String().serializer(),
                topics.watchlist().valueSerde().serializer());
        alerts = driver.createOutputTopic(topics.alerts().name(), Serdes.String().deserializer(),
                topics.alerts().valueSerde().deserializer());
    }

    void watch(String entity, String name, boolean alertOnDrop, long atMs) {
        watchlist.pipeInput(entity, new WatchRule(entity, name, 1.0, true, alertOnDrop ? Boolean.TRUE : null),
                Instant.ofEpochMilli(atMs));
    }

    void unwatch(String entity, long atMs) {
        watchlist.pipeInput(entity, (WatchRule) null, Instant.ofEpochMilli(atMs));
    }

    /** A mention of a story of its own (story null) or of a given story, at an explicit event time. */
    void mention(String entity, long timeMs, String story, String outlet) {
        mention(entity, timeMs, story, outlet, "gazetteer");
    }

    /** As above, with how analysis found the party ({@code gazetteer}, {@code watchlist}, {@code recognised}). */
    void mention(String entity, long timeMs, String story, String outlet, String foundBy) {
        String article = entity + "-a" + (articles++);
        Instant time = Instant.ofEpochMilli(timeMs);
        mentions.pipeInput(entity, new Mention(entity, "Name of " + entity, article, story == null ? article : story,
                story != null, outlet, "Headline " + article, time, time, new Sentiment(SentimentLabel.NEGATIVE, -0.4, 0.8),
                List.of("diplomacy"), "company", foundBy,
                new Evidence("Evidence about " + entity + " in " + article, -0.4, SentimentLabel.NEGATIVE, List.of())),
                time);
    }

    void mention(String entity, long timeMs) {
        mention(entity, timeMs, null, "outlet" + (articles % 3) + ".example");
    }

    <V> WindowStore<String, V> store(String name) {
        return driver.getWindowStore(name);
    }

    double lateCount(String entity) {
        var counter = registry.find("mediamon.mentions.late").tag("entity", entity).counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        driver.close();
    }
}
