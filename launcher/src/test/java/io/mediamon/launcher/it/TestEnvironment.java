package io.mediamon.launcher.it;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import io.mediamon.common.topic.TopicCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Settings for one test: its own topic names, application ids, state directories and free ports, so tests
 * share the broker without sharing anything else.
 */
public final class TestEnvironment {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final Map<String, String> values = new HashMap<>();

    private TestEnvironment(String name, int partitions) {
        String prefix = "t" + COUNTER.incrementAndGet() + "-" + name + "-" + System.nanoTime() % 100_000;
        values.put(KafkaSettings.BOOTSTRAP_VARIABLE, TestKafka.bootstrapServers());
        for (String logical : List.of(TopicCatalogue.ARTICLES_RAW, TopicCatalogue.ARTICLES_TAGGED,
                TopicCatalogue.MENTIONS, TopicCatalogue.ALERTS, TopicCatalogue.WATCHLIST,
                TopicCatalogue.DEAD_LETTERS, TopicCatalogue.FEED_STATE)) {
            values.put(TopicCatalogue.envName(logical), prefix + "." + TopicCatalogue.defaultName(logical));
        }
        values.put("MEDIAMON_TOPIC_PARTITIONS", Integer.toString(partitions));
        values.put("MEDIAMON_ANALYSIS_APPLICATION_ID", prefix + "-analysis");
        values.put("MEDIAMON_ALERT_APPLICATION_ID", prefix + "-alert");
        values.put("MEDIAMON_INGEST_PORT", "0");
        values.put("MEDIAMON_ANALYSIS_PORT", "0");
        values.put("MEDIAMON_ALERT_PORT", "0");
        try {
            values.put("MEDIAMON_ANALYSIS_STATE_DIR", Files.createTempDirectory(prefix + "-analysis").toString());
            values.put("MEDIAMON_ALERT_STATE_DIR", Files.createTempDirectory(prefix + "-alert").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestEnvironment create(String name, int partitions) {
        return new TestEnvironment(name, partitions);
    }

    public TestEnvironment with(String name, String value) {
        values.put(name, value);
        return this;
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    public Settings settings() {
        return Settings.from(values);
    }

    public KafkaSettings kafka() {
        return KafkaSettings.from(settings(), null);
    }

    public String bootstrapServers() {
        return values.get(KafkaSettings.BOOTSTRAP_VARIABLE);
    }
}
