package io.mediamon.analysis.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.common.event.TopicSource;
import io.mediamon.common.event.TopicTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-shot tagger on the bundled e5 model (from its Maven jar, so offline). Few cases: each encodes. */
class ZeroShotTopicTaggerTest {
    private static TopicEmbedder embedder;

    @BeforeAll
    static void open() {
        embedder = TopicEmbedder.open(64);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static ZeroShotTopicTagger tagger(List<DescribedTopic> user) {
        return new ZeroShotTopicTagger(embedder, DescribedTopics.iptc(), user, TopicThresholds.bundled());
    }

    @Test
    void shouldTagAHeadlineAloneWithItsSubject() {
        List<TopicTag> tags = tagger(List.of()).tag("Yankees rally to beat Red Sox 5-3 in extra innings");

        assertThat(tags).isNotEmpty().hasSizeLessThanOrEqualTo(ZeroShotTopicTagger.MAX_DEFAULT);
        assertThat(tags.get(0).iptcCode()).isEqualTo("medtop:15000000");
        assertThat(tags.get(0).source()).isEqualTo(TopicSource.MODEL);
        assertThat(tags.get(0).confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldTagALongArticleFromItsHeadlineAndLead() {
        String lead = "The central bank raised its benchmark interest rate by half a point on Thursday, the"
                + " steepest increase in two decades, as policymakers tried to cool inflation that has pushed up"
                + " the cost of food, fuel and rent. Shares in banks rose while the currency strengthened. "
                + "Economists said further increases were likely this year. ".repeat(20);
        String input = ArticleTopics.modelInput("Central bank lifts rates to fight inflation", lead);

        List<TopicTag> tags = tagger(List.of()).tag(input);

        assertThat(input.length()).isLessThan(lead.length());
        assertThat(tags).extracting(TopicTag::iptcCode).contains("medtop:04000000")
                .doesNotContain("medtop:15000000");
    }

    @Test
    void shouldGiveAUserTopicByDescriptionBesideABooleanRule(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("user.rules"),
                "tiktok-sale | medtop:04000000 | TikTok sale | 1 | tiktok NEAR/6 (sale OR sell OR buyer*)\n");
        Path described = Files.writeString(dir.resolve("user.topics"),
                "app-control | medtop:11000000 | control of social-media apps | disputes over who owns and controls"
                        + " social-media apps\n");
        ArticleTopics topics = ArticleTopics.withModel(TopicRules.defaults(), TopicRules.userFile(rules),
                tagger(DescribedTopics.read(described)));
        String headline = "Washington presses ByteDance to sell TikTok";
        String lead = "US officials told ByteDance that TikTok's American operations must be sold to a US buyer or"
                + " the app will be banned, in a fight over who controls the popular video app.";

        List<TopicTag> tags = topics.tag(ArticleText.of(headline + "\n\n" + lead, List.of()), headline, lead);

        assertThat(tags).hasSizeLessThanOrEqualTo(ArticleTopics.MAX_TOPICS);
        assertThat(tags).filteredOn(t -> t.id().equals("app-control")).singleElement()
                .satisfies(t -> assertThat(t.source()).isEqualTo(TopicSource.MODEL))
                .satisfies(t -> assertThat(t.confidence()).isGreaterThanOrEqualTo(0.5));
        assertThat(tags).filteredOn(t -> t.id().equals("tiktok-sale")).singleElement()
                .satisfies(t -> assertThat(t.source()).isEqualTo(TopicSource.RULE))
                .satisfies(t -> assertThat(t.matches()).isNotEmpty());
        assertThat(tags).extracting(TopicTag::id).doesNotContain("arts-culture-media");
    }
}
