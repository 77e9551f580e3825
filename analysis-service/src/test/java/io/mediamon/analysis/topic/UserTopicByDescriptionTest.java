package io.mediamon.analysis.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.pipeline.ArticleAnalysis;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.pipeline.LexiconScorer;
import io.mediamon.analysis.pipeline.LiveWatchlist;
import io.mediamon.common.event.EntityType;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.PartySource;
import io.mediamon.common.event.TopicSource;
import io.mediamon.common.event.TopicTag;
import io.mediamon.common.event.WatchRule;
import io.mediamon.testkit.Seeds;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A user topic defined by a sentence, through the watchlist's {@code query} ({@code ABOUT("…")}), beside the IPTC
 * model and a boolean rule, on the bundled e5 model: a headline-only item and a long article, with the default article
 * embedding (layer 10 through its projection) and with the full model's.
 */
class UserTopicByDescriptionTest {
    private static final String APPS = "disputes over who owns and controls social-media apps";
    private static final WatchRule BY_DESCRIPTION = watch("app-control", "control of social-media apps",
            "ABOUT(\"" + APPS + "\")");
    private static final WatchRule BY_DESCRIPTION_AND_NAME = watch("app-control-tiktok", "TikTok ownership",
            "ABOUT(\"" + APPS + "\") AND TikTok");
    private static final WatchRule BY_WORDS = watch("tiktok-sale", "TikTok sale", "TikTok AND (sale OR sell*)");
    private static final TopicRule USER_RULE = TopicRules.parseLine(
            "baseball | medtop:15000000 | baseball | 1 | baseball OR yankees OR \"red sox\"", "test");

    private static final Map<TopicMode, ArticleAnalyzer> ANALYZERS = new EnumMap<>(TopicMode.class);

    private static WatchRule watch(String id, String name, String query) {
        return new WatchRule(id, name, List.of(), EntityType.OTHER, null, query, 1.0, true, null);
    }

    @BeforeAll
    static void build() {
        EncoderSettings settings = EncoderSettings.defaults().withCacheSize(256);
        for (TopicMode mode : List.of(TopicMode.MODEL, TopicMode.MODEL_FULL)) {
            LiveWatchlist watchlist = new LiveWatchlist(Gazetteer.defaults());
            for (WatchRule rule : List.of(BY_DESCRIPTION, BY_DESCRIPTION_AND_NAME, BY_WORDS)) {
                assertThat(watchlist.put(rule)).isEqualTo(Optional.empty());
            }
            ANALYZERS.put(mode, new ArticleAnalyzer(new LexiconScorer(), watchlist,
                    ArticleTopics.withModel(mode, List.of(USER_RULE), settings)));
        }
    }

    private static Optional<TopicTag> tag(ArticleAnalysis a, String id) {
        return a.topics().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static Optional<PartySentiment> party(ArticleAnalysis a, String id) {
        return a.parties().stream().filter(p -> p.entityId().equals(id)).findFirst();
    }

    @ParameterizedTest
    @EnumSource(value = TopicMode.class, names = {"MODEL", "MODEL_FULL"})
    void shouldCoverAHeadlineOnlyItemAboutTheDescribedTopic(TopicMode mode) {
        ArticleAnalyzer analyzer = ANALYZERS.get(mode);
        ArticleAnalysis a = analyzer.analyze("Beijing vows to block forced sale of TikTok to an American buyer", "");

        TopicTag byDescription = tag(a, "app-control").orElseThrow();
        assertThat(byDescription.source()).isEqualTo(TopicSource.MODEL);
        assertThat(byDescription.confidence()).isBetween(0.5, 1.0);
        assertThat(byDescription.label()).isEqualTo("control of social-media apps");
        assertThat(tag(a, "app-control-tiktok")).get().extracting(TopicTag::matches).isEqualTo(List.of("tiktok"));
        assertThat(party(a, "app-control")).get().extracting(PartySentiment::foundBy).isEqualTo(PartySource.WATCHLIST);
        assertThat(party(a, "app-control-tiktok")).isPresent();
        assertThat(party(a, "tiktok-sale")).as("the boolean watch, side by side").isPresent();
        assertThat(tag(a, "tiktok-sale")).as("a watch held by words alone stays a party, not a tag").isEmpty();
        assertThat(a.topics()).hasSizeLessThanOrEqualTo(ArticleTopics.MAX_TOPICS);
    }

    @ParameterizedTest
    @EnumSource(value = TopicMode.class, names = {"MODEL", "MODEL_FULL"})
    void shouldLeaveAnItemAboutSomethingElseOutOfTheDescribedTopic(TopicMode mode) {
        ArticleAnalyzer analyzer = ANALYZERS.get(mode);
        ArticleAnalysis a = analyzer.analyze("Yankees rally to beat Red Sox 5-3 in extra innings", "");

        assertThat(tag(a, "app-control")).isEmpty();
        assertThat(party(a, "app-control")).isEmpty();
        assertThat(party(a, "app-control-tiktok")).isEmpty();
        assertThat(a.topics()).extracting(TopicTag::iptcCode).contains("medtop:15000000");
        assertThat(tag(a, "baseball")).as("the user's boolean rule").get()
                .extracting(TopicTag::source).isEqualTo(TopicSource.RULE);
    }

    @ParameterizedTest
    @EnumSource(value = TopicMode.class, names = {"MODEL", "MODEL_FULL"})
    void shouldCoverALongArticleAboutTheDescribedTopic(TopicMode mode) {
        ArticleAnalyzer analyzer = ANALYZERS.get(mode);
        Seeds.Seed seed = Seeds.load("000");
        ArticleAnalysis a = analyzer.analyze(seed.title(), seed.body());

        assertThat(tag(a, "app-control")).get().extracting(TopicTag::source).isEqualTo(TopicSource.MODEL);
        assertThat(party(a, "app-control")).isPresent();
        assertThat(party(a, "tiktok-sale")).isPresent();
        assertThat(a.topics()).hasSizeLessThanOrEqualTo(ArticleTopics.MAX_TOPICS)
                .anyMatch(t -> t.source() == TopicSource.MODEL && t.iptcCode().startsWith("medtop:"));
    }
}
