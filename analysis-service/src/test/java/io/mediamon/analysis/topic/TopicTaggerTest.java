package io.mediamon.analysis.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.common.event.TopicTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicTaggerTest {
    private static final TopicTagger DEFAULTS = new TopicTagger(TopicRules.defaults());

    private static List<TopicTag> tag(TopicTagger tagger, String text) {
        return tagger.tag(ArticleText.sentence(text));
    }

    @Test
    void shouldNotTagSportForOneStrayWord() {
        assertThat(tag(DEFAULTS, "Regulators moved the goalposts; the football analogy only goes so far in trade."))
                .extracting(TopicTag::id).doesNotContain("sport");
    }

    @Test
    void shouldTagSportWithEnoughEvidence() {
        List<TopicTag> tags = tag(DEFAULTS,
                "The football league suspended the coach before the tournament, and the stadium stayed empty.");
        assertThat(tags).extracting(TopicTag::id).contains("sport");
        TopicTag sport = tags.stream().filter(t -> t.id().equals("sport")).findFirst().orElseThrow();
        assertThat(sport.iptcCode()).isEqualTo("medtop:15000000");
        assertThat(sport.matches()).contains("football", "league", "coach");
    }

    @Test
    void shouldTagExportControlsFromAPhraseWithItsParentIptcCode() {
        assertThat(tag(DEFAULTS, "Beijing imposed new export controls on algorithms."))
                .filteredOn(t -> t.id().equals("export-controls"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.iptcCode()).isEqualTo("medtop:04000000");
                    assertThat(t.matches()).containsExactly("export controls");
                });
    }

    @Test
    void shouldCoverTheSeventeenIptcTopLevelSubjects() {
        assertThat(TopicRules.defaults()).extracting(TopicRule::iptcCode)
                .contains("medtop:01000000", "medtop:02000000", "medtop:03000000", "medtop:04000000",
                        "medtop:05000000", "medtop:06000000", "medtop:07000000", "medtop:08000000",
                        "medtop:09000000", "medtop:10000000", "medtop:11000000", "medtop:12000000",
                        "medtop:13000000", "medtop:14000000", "medtop:15000000", "medtop:16000000",
                        "medtop:17000000");
    }

    @Test
    void shouldAddAndOverrideRulesFromAUserFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("user.rules");
        Files.writeString(file, """
                # extra
                short-video | medtop:01000000 | short video apps | 1 | tiktok OR douyin OR "short video*"
                sport | medtop:15000000 | sport | 1 | football
                """);
        TopicTagger tagger = new TopicTagger(TopicRules.withUserFile(file));
        assertThat(tag(tagger, "TikTok users watched football.")).extracting(TopicTag::id)
                .contains("short-video", "sport");
    }

    @Test
    void shouldReportTheLineOfABadRule(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.rules");
        Files.writeString(file, "broken | medtop:04000000 | broken | 1 | (trade OR\n");
        assertThatThrownBy(() -> TopicRules.withUserFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.rules:1");
    }
}
