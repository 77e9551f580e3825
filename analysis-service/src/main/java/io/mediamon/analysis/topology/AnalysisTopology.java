package io.mediamon.analysis.topology;

import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.pipeline.LiveWatchlist;
import io.mediamon.common.event.WatchRule;
import io.mediamon.analysis.pipeline.ArticleTagging;
import io.mediamon.analysis.story.StoryBandSerde;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.streams.DeadLetters;
import io.mediamon.common.streams.DecodeProcessor;
import io.mediamon.common.streams.Decoded;
import io.mediamon.common.streams.RecordSizeGuard;
import io.mediamon.common.streams.StreamsDefaults;
import io.mediamon.common.topic.Topic;
import io.mediamon.common.topic.TopicCatalogue;
import java.util.Map;
import java.util.Properties;
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
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * raw articles → decode and validate → drop resends → analyse → story → tagged articles and mentions;
 * every failure goes to the dead-letter topic with its reason.
 *
 * <p>The story step scales out like the rest: the tagged article waits on its own partition
 * ({@value #STORY_PENDING_STORE}) while one probe per SimHash band goes to the band's partition
 * ({@value #STORY_BAND_REPARTITION}, index {@value #STORY_STORE}); the answers come back under the article's key
 * ({@value #STORY_MATCH_REPARTITION}) and the last one places the article ({@value #STORY_TALLY_STORE}).
 */
public final class AnalysisTopology {
    public static final String SERVICE = "analysis-service";
    public static final String SEEN_STORE = "analysis-seen-articles";
    public static final String STORY_STORE = "analysis-story-bands";
    public static final String STORY_PENDING_STORE = "analysis-story-pending";
    public static final String STORY_TALLY_STORE = "analysis-story-tally";
    public static final String STORY_BAND_REPARTITION = "analysis-story-by-band";
    public static final String STORY_MATCH_REPARTITION = "analysis-story-matches";
    public static final String WATCHLIST_STORE = "analysis-watchlist";

    private AnalysisTopology() {
    }

    /** The Streams properties this service runs with. */
    public static Properties properties(AnalysisConfig config) {
        return StreamsDefaults.properties(SERVICE, config.applicationId(), config.kafka(), config.stateDir(),
                config.threads());
    }

    /** The topology without a runtime watchlist (the gazetteer the tagging was built with is all it finds). */
    public static Topology build(AnalysisConfig config, ArticleTagging tagging, AnalysisMeters meters) {
        return build(config, tagging, meters, null);
    }

    /**
     * The topology; with {@code watchlist}, every instance reads the watchlist topic into a global store and
     * applies each change to it (the tagging must analyse against the same {@code LiveWatchlist}).
     */
    public static Topology build(AnalysisConfig config, ArticleTagging tagging, AnalysisMeters meters,
                                 LiveWatchlist watchlist) {
        Properties props = properties(config);
        TopicCatalogue topics = config.kafka().topics();
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        if (watchlist != null) {
            Topic<String, WatchRule> watch = topics.watchlist();
            builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(WATCHLIST_STORE),
                            Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
                    watch.name(),
                    Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("apply-watchlist"),
                    () -> new WatchlistApplier(watchlist, watch.valueSerde().deserializer(), meters));
        }
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SEEN_STORE),
                Serdes.String(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_STORE),
                Serdes.String(), StoryBandSerde.serde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_PENDING_STORE),
                Serdes.String(), topics.articlesTagged().valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_TALLY_STORE),
                Serdes.String(), StoryMessages.tallySerde()));

        Topic<String, Article> raw = topics.articlesRaw();
        Topic<String, TaggedArticle> tagged = topics.articlesTagged();
        KStream<String, Decoded<Article>> decoded = builder
                .stream(raw.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles-raw-source"))
                .processValues(() -> new DecodeProcessor<>(SERVICE, raw.valueSerde().deserializer(),
                        ArticleChecks::problem), Named.as("decode-article"));
        Map<String, KStream<String, Decoded<Article>>> decodeBranches = decoded.split(Named.as("decode-"))
                .branch((id, value) -> value.isOk(), Branched.as("ok"))
                .defaultBranch(Branched.as("failed"));

        KStream<String, Decoded<TaggedArticle>> analysed = decodeBranches.get("decode-ok")
                .mapValues(Decoded::value, Named.as("unwrap-article"))
                .processValues(() -> new ResendFilter(SEEN_STORE, config.dedupeWindow(), meters),
                        Named.as("drop-resends"), SEEN_STORE)
                .processValues(() -> new AnalyzeProcessor(tagging), Named.as("analyze-article"))
                // what analysis writes is capped: an oversized tagged article is a dead letter, not a dead thread
                .processValues(() -> new RecordSizeGuard<>(SERVICE, tagged.valueSerde().serializer(),
                        config.kafka().limits().maxRecordBytes()), Named.as("cap-tagged-size"));
        Map<String, KStream<String, Decoded<TaggedArticle>>> analyseBranches = analysed.split(Named.as("analyze-"))
                .branch((id, value) -> value.isOk(), Branched.as("ok"))
                .defaultBranch(Branched.as("failed"));

        KStream<String, TaggedArticle> placed = analyseBranches.get("analyze-ok")
                .mapValues(Decoded::value, Named.as("unwrap-tagged"))
                .process(() -> new StoryProbes(STORY_PENDING_STORE), Named.as("probe-story-bands"),
                        STORY_PENDING_STORE)
                .repartition(Repartitioned.<String, StoryMessages.Probe>as(STORY_BAND_REPARTITION)
                        .withKeySerde(Serdes.String()).withValueSerde(StoryMessages.probeSerde()))
                .process(() -> new BandMatcher(STORY_STORE, config.storyWindow(), meters), Named.as("match-story-band"),
                        STORY_STORE)
                .repartition(Repartitioned.<String, StoryMessages.Match>as(STORY_MATCH_REPARTITION)
                        .withKeySerde(Serdes.String()).withValueSerde(StoryMessages.matchSerde()))
                .process(() -> new StoryAssigner(STORY_PENDING_STORE, STORY_TALLY_STORE, meters),
                        Named.as("assign-story"), STORY_PENDING_STORE, STORY_TALLY_STORE)
                .processValues(() -> new LatencyRecorder(meters), Named.as("record-latency"));
        placed.to(tagged.name(), Produced.with(tagged.keySerde(), tagged.valueSerde())
                .withName("articles-tagged-sink"));
        placed.flatMap((id, article) -> MentionFanOut.mentions(article), Named.as("fan-out-mentions"))
                .to(topics.mentions().name(), Produced.with(topics.mentions().keySerde(),
                        topics.mentions().valueSerde()).withName("mentions-sink"));

        Topic<String, DeadLetter> deadLetters = topics.deadLetters();
        decodeBranches.get("decode-failed").mapValues(Decoded::deadLetter, Named.as("decode-dead-letter"))
                .merge(analyseBranches.get("analyze-failed")
                        .mapValues(Decoded::deadLetter, Named.as("analyze-dead-letter")), Named.as("merge-dead-letters"))
                .selectKey((id, letter) -> DeadLetters.key(letter), Named.as("key-dead-letter"))
                .processValues(() -> new DeadLetterCounter(meters), Named.as("count-dead-letters"))
                .to(deadLetters.name(), Produced.with(deadLetters.keySerde(), deadLetters.valueSerde())
                        .withName("deadletters-sink"));
        return builder.build();
    }
}
