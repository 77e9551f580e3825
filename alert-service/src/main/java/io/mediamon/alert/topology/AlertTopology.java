package io.mediamon.alert.topology;

import io.mediamon.alert.config.AlertConfig;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.coverage.AlertRules;
import io.mediamon.alert.coverage.CoverageProcessor;
import io.mediamon.alert.coverage.CoverageStores;
import io.mediamon.alert.model.BucketSummary;
import io.mediamon.alert.model.CoverageState;
import io.mediamon.alert.model.LateMention;
import io.mediamon.alert.model.OutletSummary;
import io.mediamon.alert.model.StorySummary;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.serde.JsonSerde;
import io.mediamon.common.streams.DeadLetters;
import io.mediamon.common.streams.DecodeProcessor;
import io.mediamon.common.streams.Decoded;
import io.mediamon.common.streams.StateSizeGuard;
import io.mediamon.common.streams.StreamsDefaults;
import io.mediamon.common.topic.Topic;
import io.mediamon.common.topic.TopicCatalogue;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * mentions (keyed by entity, event time from the article) → decode → per-entity coverage, history, spike,
 * sentiment-shift and drop detection against the global watchlist → alerts as CloudEvents (Kafka binding,
 * structured or binary); undecodable mentions go to the dead-letter topic.
 */
public final class AlertTopology {
    public static final String SERVICE = "alert-service";
    public static final String EVENT_SOURCE = "/mediamon/alert-service";
    public static final String COVERAGE_STORE = CoverageStores.COVERAGE;
    public static final String WATCHLIST_STORE = CoverageStores.WATCHLIST;
    public static final String STORIES_STORE = CoverageStores.WINDOW_STORIES;

    private AlertTopology() {
    }

    public static Properties properties(AlertConfig config) {
        Properties props = StreamsDefaults.properties(SERVICE, config.applicationId(), config.kafka(), config.stateDir(),
                config.threads());
        if (config.advertisedUrl() != null) {
            // interactive queries: other instances find this one's stores through the streams metadata
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG,
                    config.advertisedUrl().getHost() + ":" + config.advertisedUrl().getPort());
        }
        return props;
    }

    public static Topology build(AlertConfig config, SpikeDetector detector, AlertMeters meters) {
        Properties props = properties(config);
        TopicCatalogue topics = config.kafka().topics();
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));

        Topic<String, WatchRule> watchlist = topics.watchlist();
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WATCHLIST_STORE),
                        Serdes.String(), watchlist.valueSerde()).withLoggingDisabled(),
                watchlist.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("watchlist"),
                () -> new WatchlistUpdater(WATCHLIST_STORE, watchlist.valueSerde().deserializer()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COVERAGE_STORE),
                Serdes.String(), JsonSerde.of(CoverageState.class)));
        // which stories each entity's window already counted; old windows expire with the store's retention, kept
        // at two days at least so that RocksDB segments (half the retention) are not opened every window
        Duration window = config.bucket();
        Duration storiesRetention = window.multipliedBy(2).plus(config.grace());
        if (storiesRetention.compareTo(Duration.ofDays(2)) < 0) {
            storiesRetention = Duration.ofDays(2);
        }
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(STORIES_STORE,
                storiesRetention, window, false), Serdes.String(), Serdes.Long()));
        Duration retention = config.historyRetention();
        builder.addStateStore(historyStore(CoverageStores.HISTORY_COVERAGE, retention, window, false,
                JsonSerde.of(BucketSummary.class)));
        builder.addStateStore(historyStore(CoverageStores.HISTORY_OUTLETS, retention, window, false,
                JsonSerde.of(OutletSummary.class)));
        builder.addStateStore(historyStore(CoverageStores.HISTORY_STORIES, retention, window, false,
                JsonSerde.of(StorySummary.class)));
        builder.addStateStore(historyStore(CoverageStores.HISTORY_ALERTS, retention, Duration.ofMillis(1), true,
                JsonSerde.of(AlertEvent.class)));
        builder.addStateStore(historyStore(CoverageStores.LATE_MENTIONS, retention, Duration.ofMillis(1), true,
                JsonSerde.of(LateMention.class)));

        Topic<String, Mention> mentions = topics.mentions();
        Map<String, KStream<String, Decoded<Mention>>> decoded = builder
                .stream(mentions.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withTimestampExtractor(new MentionTimestampExtractor(config.grace().toMillis()))
                        .withName("mentions-source"))
                .processValues(() -> new DecodeProcessor<>(SERVICE, mentions.valueSerde().deserializer(),
                        AlertTopology::mentionProblem), Named.as("decode-mention"))
                .split(Named.as("decode-"))
                .branch((entity, value) -> value.isOk(), Branched.as("ok"))
                .defaultBranch(Branched.as("failed"));

        AlertRules rules = AlertRules.from(config);
        Topic<String, AlertEvent> alerts = topics.alerts();
        decoded.get("decode-ok")
                .mapValues(Decoded::value, Named.as("unwrap-mention"))
                .process(() -> new CoverageProcessor(rules, detector, meters, EVENT_SOURCE,
                                new StateSizeGuard<>(COVERAGE_STORE, JsonSerde.of(CoverageState.class),
                                        config.kafka().limits().maxStateBytes())), Named.as("detect-coverage"),
                        COVERAGE_STORE, STORIES_STORE, CoverageStores.HISTORY_COVERAGE, CoverageStores.HISTORY_OUTLETS,
                        CoverageStores.HISTORY_STORIES, CoverageStores.HISTORY_ALERTS, CoverageStores.LATE_MENTIONS)
                .processValues(() -> new CloudEventsBinding(config.cloudEventsMode(), alerts.valueSerde().serializer(),
                        JsonSerde.of(Alert.class)), Named.as("cloudevents-binding"))
                .to(alerts.name(), Produced.with(alerts.keySerde(), Serdes.ByteArray()).withName("alerts-sink"));

        Topic<String, DeadLetter> deadLetters = topics.deadLetters();
        decoded.get("decode-failed")
                .mapValues(Decoded::deadLetter, Named.as("decode-dead-letter"))
                .selectKey((entity, letter) -> DeadLetters.key(letter), Named.as("key-dead-letter"))
                .to(deadLetters.name(), Produced.with(deadLetters.keySerde(), deadLetters.valueSerde())
                        .withName("deadletters-sink"));
        return builder.build();
    }

    private static <V> StoreBuilder<WindowStore<String, V>> historyStore(String name, Duration retention,
                                                                          Duration windowSize, boolean duplicates,
                                                                          Serde<V> serde) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, retention, windowSize, duplicates),
                Serdes.String(), serde);
    }

    static String mentionProblem(Mention mention) {
        if (mention.entityId() == null || mention.entityId().isBlank()) {
            return "entityId is missing";
        }
        if (mention.articleId() == null || mention.articleId().isBlank()) {
            return "articleId is missing";
        }
        if (mention.sentiment() != null && mention.sentiment().label() == null) {
            return "sentiment label is missing (negative, neutral or positive)";
        }
        return null;
    }
}
