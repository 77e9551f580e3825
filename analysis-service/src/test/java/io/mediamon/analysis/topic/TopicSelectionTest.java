package io.mediamon.analysis.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.common.event.TopicTag;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How scores become tags, and the thresholds file, without the encoder. */
class TopicSelectionTest {
    private static ZeroShotTopicTagger.Score score(String id, double sim, double threshold, boolean user) {
        return new ZeroShotTopicTagger.Score(new DescribedTopic(id, "medtop:" + id, id, List.of(id)), sim, threshold,
                user);
    }

    @Test
    void shouldGiveAtMostThreeTopicsAboveTheirThresholdsMostSimilarFirst() {
        List<TopicTag> tags = ZeroShotTopicTagger.select(List.of(score("a", 0.84, 0.80, false),
                score("b", 0.86, 0.82, false), score("c", 0.83, 0.81, false), score("d", 0.82, 0.80, false),
                score("e", 0.90, 0.95, false)), 0.002);

        assertThat(tags).extracting(TopicTag::id).containsExactly("b", "a", "c");
        assertThat(tags.get(0).confidence()).isGreaterThan(0.5);
    }

    @Test
    void shouldGiveTheBestTopicBelowThresholdOnlyWhenItLeadsClearly() {
        List<TopicTag> clear = ZeroShotTopicTagger.select(List.of(score("a", 0.79, 0.80, false),
                score("b", 0.75, 0.80, false)), 0.002);
        List<TopicTag> tie = ZeroShotTopicTagger.select(List.of(score("a", 0.790, 0.80, false),
                score("b", 0.789, 0.80, false)), 0.002);

        assertThat(clear).extracting(TopicTag::id).containsExactly("a");
        assertThat(clear.get(0).confidence()).isLessThan(0.5);
        assertThat(tie).isEmpty();
    }

    @Test
    void shouldGiveAFurtherTopicOnlyWithinTheSpreadOfTheBest() {
        List<ZeroShotTopicTagger.Score> scores = List.of(score("a", 0.86, 0.80, false),
                score("b", 0.855, 0.80, false), score("c", 0.84, 0.80, false));

        assertThat(ZeroShotTopicTagger.select(scores, 0, 0.01)).extracting(TopicTag::id).containsExactly("a", "b");
        assertThat(ZeroShotTopicTagger.select(scores, 0, TopicThresholds.ANY_SPREAD)).extracting(TopicTag::id)
                .containsExactly("a", "b", "c");
    }

    @Test
    void shouldGiveUserTopicsOnlyAboveTheirThreshold() {
        List<TopicTag> tags = ZeroShotTopicTagger.select(List.of(score("a", 0.85, 0.80, false),
                score("mine", 0.84, 0.83, true), score("other", 0.80, 0.83, true)), 0.002);

        assertThat(tags).extracting(TopicTag::id).containsExactly("a", "mine");
    }

    @Test
    void shouldReadBackTheThresholdsItWrites() throws IOException {
        TopicThresholds t = new TopicThresholds(Map.of("sport", 0.8125), 0.81, 0.002);

        TopicThresholds back = TopicThresholds.read(new StringReader(t.format()), "test");

        assertThat(back.of("sport")).isEqualTo(0.8125);
        assertThat(back.of("user-topic")).isEqualTo(0.81);
        assertThat(back.margin()).isEqualTo(0.002);
        assertThat(back.spread()).isEqualTo(TopicThresholds.ANY_SPREAD);
        assertThat(TopicThresholds.read(new StringReader(new TopicThresholds(Map.of(), 0.8, 0, 0.01).format()), "s")
                .spread()).isEqualTo(0.01);
        assertThatThrownBy(() -> TopicThresholds.read(new StringReader("sport | 0.8\n"), "bad"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("*default");
    }

    @Test
    void shouldRejectADescriptionLineWithoutItsColumns() {
        assertThatThrownBy(() -> DescribedTopics.read(new StringReader("mine | only a sentence\n"), "user", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user:1");
    }
}
