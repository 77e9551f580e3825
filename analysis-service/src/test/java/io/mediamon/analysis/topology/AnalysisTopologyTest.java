package io.mediamon.analysis.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.AnalysisService;
import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.pipeline.ArticleTagging;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.topic.TopicCatalogue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTopologyTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static ArticleTagging tagging;

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> raw;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, TaggedArticle> tagged;
    private TestOutputTopic<String, Mention> mentions;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeAll
    static void loadPipeline() {
        tagging = AnalysisService.defaultTagging(config(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    static AnalysisConfig config(Path stateDir) {
        return AnalysisConfig.load(Settings.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", "unused:9092",
                "MEDIAMON_ANALYSIS_STATE_DIR", stateDir.toString())), null);
    }

    @BeforeEach
    void setUp() {
        AnalysisConfig config = config(stateDir);
        driver = new TopologyTestDriver(AnalysisTopology.build(config, tagging,
                new AnalysisMeters(new SimpleMeterRegistry())), AnalysisTopology.properties(config));
        TopicCatalogue topics = config.kafka().topics();
        raw = driver.createInputTopic(topics.articlesRaw().name(), Serdes.String().serializer(),
                topics.articlesRaw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.articlesRaw().name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        tagged = driver.createOutputTopic(topics.articlesTagged().name(), Serdes.String().deserializer(),
                topics.articlesTagged().valueSerde().deserializer());
        mentions = driver.createOutputTopic(topics.mentions().name(), Serdes.String().deserializer(),
                topics.mentions().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), Serdes.String().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private static Article article(String id, String title, String body, Instant at) {
        return new Article(id, null, title, body, "example.org", null, "en", null, at, "test");
    }

    static List<Article> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    String[] parts = Files.readString(p, StandardCharsets.UTF_8).strip().split("\r?\n", 2);
                    return article(p.getFileName().toString(), parts[0].replaceFirst("^#+\\s*", ""), parts[1], T0);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void shouldTagEverySeedWithItsParties() throws IOException {
        List<Article> seeds = seeds();
        seeds.forEach(a -> raw.pipeInput(a.id(), a, T0));
        Map<String, TaggedArticle> out = tagged.readKeyValuesToMap();

        assertThat(out).hasSize(5);
        assertThat(partyNames(out.get("001_a0fb09fb4f8396f5.txt"))).contains("China", "United States", "TikTok",
                "ByteDance", "Oracle");
        assertThat(partyNames(out.get("004_889973c444790b25.txt"))).contains("China", "United States", "TikTok",
                "ByteDance", "Microsoft", "Oracle", "Walmart");
        assertThat(out.get("000_de0efcc90c73d99e.txt").flags().promotional()).isTrue();
        assertThat(out.get("002_474a9a20da228cf4.txt").displayTitle())
                .isEqualTo("TikTok crossroads an opprotuity to get ahead of curve");
        assertThat(out.get("001_a0fb09fb4f8396f5.txt").displayTitle())
                .isEqualTo(out.get("001_a0fb09fb4f8396f5.txt").title());
        assertThat(out.values()).allSatisfy(t -> assertThat(t.fingerprint()).hasSize(16));
    }

    @Test
    void shouldEmitOneMentionPerPartyKeyedByEntity() throws IOException {
        Article seed = seeds().get(4);
        raw.pipeInput(seed.id(), seed, T0);
        TaggedArticle out = tagged.readValue();
        List<org.apache.kafka.streams.KeyValue<String, Mention>> emitted = mentions.readKeyValuesToList();

        assertThat(emitted).hasSize(out.parties().size());
        assertThat(emitted).allSatisfy(kv -> {
            assertThat(kv.value.entityId()).isEqualTo(kv.key);
            assertThat(kv.value.articleId()).isEqualTo(seed.id());
            assertThat(kv.value.eventTime()).isEqualTo(T0);
        });
        assertThat(emitted).extracting(kv -> kv.key).contains("Q148", "Q30");
    }

    @Test
    void shouldSendUndecodableAndInvalidRecordsToDeadLettersAndKeepGoing() throws IOException {
        rawBytes.pipeInput("bad-1", "{\"id\": 42, \"title\": [".getBytes(StandardCharsets.UTF_8), T0);
        raw.pipeInput("bad-2", article("bad-2", "", "body without a title", T0), T0);
        Article seed = seeds().get(1);
        raw.pipeInput(seed.id(), seed, T0);

        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).reason()).startsWith("undecodable");
        assertThat(letters.get(0).key()).isEqualTo("bad-1");
        assertThat(letters.get(0).sourceTopic()).isEqualTo(TopicCatalogue.defaultName(TopicCatalogue.ARTICLES_RAW));
        assertThat(letters.get(1).reason()).isEqualTo("invalid: title is missing");
        assertThat(tagged.readKeyValuesToList().stream().map(kv -> kv.key).toList()).containsExactly(seed.id());
    }

    @Test
    void shouldDropAResendOfTheSameArticle() throws IOException {
        Article seed = seeds().get(2);
        raw.pipeInput(seed.id(), seed, T0);
        raw.pipeInput(seed.id(), seed, T0.plusSeconds(60));

        assertThat(tagged.readKeyValuesToList().stream().map(kv -> kv.key).toList()).containsExactly(seed.id());
    }

    @Test
    void shouldPlaceASyndicatedCopyInTheOriginalStory() throws IOException {
        Article original = seeds().get(4);
        Article copy = article("copy-of-004", original.title(), original.body().replace("2 September 2020",
                "3 September 2020").replace("By Kevin Reed", "Staff and wires"), T0.plusSeconds(3600));
        Article other = seeds().get(2);
        raw.pipeInput(original.id(), original, T0);
        raw.pipeInput(copy.id(), copy, T0.plusSeconds(3600));
        raw.pipeInput(other.id(), other, T0.plusSeconds(3700));
        Map<String, TaggedArticle> out = tagged.readKeyValuesToMap();

        assertThat(out.get("copy-of-004").storyId()).isEqualTo(original.id());
        assertThat(out.get("copy-of-004").duplicate()).isTrue();
        assertThat(out.get(original.id()).duplicate()).isFalse();
        assertThat(out.get(other.id()).storyId()).isEqualTo(other.id());
    }

    @Test
    void shouldKeepItsTopologyNames() throws IOException {
        String described = AnalysisTopology.build(config(stateDir), tagging,
                new AnalysisMeters(new SimpleMeterRegistry()),
                new io.mediamon.analysis.pipeline.LiveWatchlist(io.mediamon.analysis.entity.Gazetteer.defaults()))
                .describe().toString().strip();
        if (Boolean.getBoolean("mediamon.snapshot.write")) {
            Files.writeString(Path.of("src/test/resources/topology/analysis-topology.txt"), described + "\n");
        }

        assertThat(described).isEqualTo(
                Files.readString(Path.of("src/test/resources/topology/analysis-topology.txt")).strip());
    }

    private static List<String> partyNames(TaggedArticle article) {
        return article.parties().stream().map(PartySentiment::name).toList();
    }
}
