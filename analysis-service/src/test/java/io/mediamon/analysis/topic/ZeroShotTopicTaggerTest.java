package io.mediamon.analysis.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.analysis.pipeline.ArticleAnalysis;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.pipeline.LexiconScorer;
import io.mediamon.common.event.TopicSource;
import io.mediamon.common.event.TopicTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zero-shot tagger on the bundled e5 model (from its Maven jar, so offline), through the analyzer the topology
 * runs. Few cases: each encodes.
 */
class ZeroShotTopicTaggerTest {
    private static final EncoderSettings SETTINGS = EncoderSettings.defaults().withCacheSize(256);
    private static TopicEmbedder embedder;

    @BeforeAll
    static void open() {
        embedder = TopicEmbedder.shared(SETTINGS);
    }

    private static ZeroShotTopicTagger tagger(List<DescribedTopic> user) {
        return new ZeroShotTopicTagger(embedder, DescribedTopics.iptc(), user, TopicThresholds.bundled());
    }

    private static ArticleAnalyzer analyzer(ArticleTopics topics) {
        return ArticleAnalyzer.create(new LexiconScorer(), null, topics);
    }

    private static ArticleTopics modelTopics() {
        return ArticleTopics.withModel(TopicRules.defaults(), List.of(), tagger(List.of()));
    }

    @Test
    void shouldTagAHeadlineOnlyItemWithItsSubject() {
        List<TopicTag> tags = analyzer(modelTopics()).analyze("Yankees rally to beat Red Sox 5-3 in extra innings", "")
                .topics();

        assertThat(tags).isNotEmpty().hasSizeLessThanOrEqualTo(ZeroShotTopicTagger.MAX_DEFAULT);
        assertThat(tags.get(0).iptcCode()).isEqualTo("medtop:15000000");
        assertThat(tags.get(0).source()).isEqualTo(TopicSource.MODEL);
        assertThat(tags.get(0).confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldTagALongArticleFromItsHeadlineAndLeadOnly() {
        String headline = "Central bank lifts rates to fight inflation";
        String lead = "The central bank raised its benchmark interest rate by half a point on Thursday, the"
                + " steepest increase in two decades, as policymakers tried to cool inflation that has pushed up"
                + " the cost of food, fuel and rent. Shares in banks rose while the currency strengthened.";
        String rest = " The national team's striker scored twice in the cup final on Sunday.".repeat(60);
        ArticleAnalyzer analyzer = analyzer(modelTopics());
        SentenceEncoder encoder = embedder.encoder();
        long tails = encoder.tailRuns();

        ArticleAnalysis analysis = analyzer.analyze(headline, lead + rest);

        assertThat(analysis.topics()).extracting(TopicTag::iptcCode).contains("medtop:04000000")
                .doesNotContain("medtop:15000000");
        assertThat(encoder.tailRuns() - tails).as("headline + lead sentences run through the last layers")
                .isBetween(1L, 1L + ArticleTopics.LEAD_SENTENCES);
    }

    @Test
    void shouldReuseTheSentimentScorersPassOfASentence() {
        String sentence = "Opposition lawmakers accused the finance minister of hiding the budget deficit.";
        SentenceEncoder encoder = embedder.encoder();
        encoder.encode(sentence);
        long misses = encoder.cacheMisses();

        List<TopicTag> tags = tagger(List.of()).tag(List.of(sentence));

        assertThat(tags).isNotEmpty();
        assertThat(encoder.cacheMisses()).as("the layer-7 pass is not made again").isEqualTo(misses);
    }

    @Test
    void shouldGiveAUserTopicByDescriptionBesideABooleanRule(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("user.rules"),
                "tiktok-sale | medtop:04000000 | TikTok sale | 1 | tiktok NEAR/6 (sale OR sell OR buyer*)\n");
        Path described = Files.writeString(dir.resolve("user.topics"),
                "app-control | medtop:11000000 | control of social-media apps | disputes over who owns and controls"
                        + " social-media apps\n");
        // as the service builds it: the described topic becomes an ABOUT rule, calibrated on background news
        ArticleTopics topics = ArticleTopics.create(TopicMode.MODEL, rules, described, SETTINGS);
        String headline = "Washington presses ByteDance to sell TikTok";
        String lead = "US officials told ByteDance that TikTok's American operations must be sold to a US buyer or"
                + " the app will be banned, in a fight over who controls the popular video app.";

        List<TopicTag> tags = analyzer(topics).analyze(headline, lead).topics();

        assertThat(tags).hasSizeLessThanOrEqualTo(ArticleTopics.MAX_TOPICS);
        assertThat(tags).filteredOn(t -> t.id().equals("app-control")).singleElement()
                .satisfies(t -> assertThat(t.source()).isEqualTo(TopicSource.MODEL))
                .satisfies(t -> assertThat(t.confidence()).isGreaterThanOrEqualTo(0.5));
        assertThat(tags).filteredOn(t -> t.id().equals("tiktok-sale")).singleElement()
                .satisfies(t -> assertThat(t.source()).isEqualTo(TopicSource.RULE))
                .satisfies(t -> assertThat(t.matches()).isNotEmpty());
    }

    @Test
    void shouldTagByDefaultFromLayerTenThroughItsProjection() {
        assertThat(LayerProjection.bundled(TopicMode.MODEL.projectionResource()).layer()).isEqualTo(10);
        ArticleTopics topics = ArticleTopics.create(TopicMode.MODEL, null, null, SETTINGS);
        ArticleAnalyzer analyzer = analyzer(topics);
        String headline = "Central bank lifts rates to fight inflation";
        String lead = "The central bank raised its benchmark interest rate by half a point on Thursday, as"
                + " policymakers tried to cool prices that have pushed up the cost of food and fuel.";
        SentenceEncoder encoder = embedder.encoder();
        long tails = encoder.tailRuns();

        List<TopicTag> sport = analyzer.analyze("Striker scores twice as champions win the cup final", "").topics();
        List<TopicTag> economy = analyzer.analyze(headline, lead).topics();

        assertThat(sport.get(0).iptcCode()).isEqualTo("medtop:15000000");
        assertThat(sport.get(0).source()).isEqualTo(TopicSource.MODEL);
        assertThat(economy.get(0).iptcCode()).isEqualTo("medtop:04000000");
        assertThat(encoder.tailRuns() - tails).as("each sentence ran on to layer 10 once").isEqualTo(3);
        float[] projected = topics.embed(List.of(headline, lead));
        float[] full = embedder.embed(List.of(headline, lead));
        assertThat(TopicEmbedder.dot(projected, full)).as("close to the last layers' embedding").isGreaterThan(0.9);
    }

    @Test
    void shouldTagFromTheMiddleLayerPassesAloneWithTheProjection() {
        ArticleAnalyzer analyzer = analyzer(ArticleTopics.create(TopicMode.MODEL_PROJECTED, null, null, SETTINGS));
        SentenceEncoder encoder = embedder.encoder();
        long tails = encoder.tailRuns();

        List<TopicTag> tags = analyzer.analyze("Striker scores twice as champions win the cup final", "").topics();

        assertThat(tags).isNotEmpty();
        assertThat(tags.get(0).iptcCode()).isEqualTo("medtop:15000000");
        assertThat(tags.get(0).source()).isEqualTo(TopicSource.MODEL);
        assertThat(encoder.tailRuns() - tails).as("no text ran through the last layers").isZero();
    }
}
