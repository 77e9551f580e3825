package io.mediamon.analysis.topology;

import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.pipeline.ArticleTagging;
import io.mediamon.analysis.story.StoryBand;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.serde.JsonSerde;
import io.mediamon.common.streams.DeadLetters;
import io.mediamon.common.streams.DecodeProcessor;
import io.mediamon.common.streams.Decoded;
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
 */
public final class AnalysisTopology {
    public static final String SERVICE = "analysis-service";
    public static final String SEEN_STORE = "analysis-seen-articles";
    public static final String STORY_STORE = "analysis-story-index";
    public static final String STORY_REPARTITION = "analysis-story-assign";

    private AnalysisTopology() {
    }

    /** The Streams properties this service runs with. */
    public static Properties properties(AnalysisConfig config) {
        return StreamsDefaults.properties(config.applicationId(), config.kafka(), config.stateDir(),
                config.threads());
    }

    public static Topology build(AnalysisConfig config, ArticleTagging tagging, AnalysisMeters meters) {
        Properties props = properties(config);
        TopicCatalogue topics = config.kafka().topics();
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SEEN_STORE),
                Serdes.String(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_STORE),
                Serdes.String(), JsonSerde.of(StoryBand.class)));

        Topic<String, Article> raw = topics.articlesRaw();
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
                .processValues(() -> new AnalyzeProcessor(tagging), Named.as("analyze-article"));
        Map<String, KStream<String, Decoded<TaggedArticle>>> analyseBranches = analysed.split(Named.as("analyze-"))
                .branch((id, value) -> value.isOk(), Branched.as("ok"))
                .defaultBranch(Branched.as("failed"));

        Topic<String, TaggedArticle> tagged = topics.articlesTagged();
        KStream<String, TaggedArticle> placed = analyseBranches.get("analyze-ok")
                .mapValues(Decoded::value, Named.as("unwrap-tagged"))
                .repartition(Repartitioned.<String, TaggedArticle>as(STORY_REPARTITION)
                        .withKeySerde(tagged.keySerde()).withValueSerde(tagged.valueSerde())
                        .withNumberOfPartitions(1))
                .processValues(() -> new StoryAssigner(STORY_STORE, config.storyWindow(), meters),
                        Named.as("assign-story"), STORY_STORE)
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
