package io.mediamon.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dankito.readability4j.util.RegExUtil;
import org.junit.jupiter.api.Test;

class ReadabilityPatternsTest {
    private static final List<String> CLASS_AND_ID = List.of(" ", "  ", "main-Content article", "SideBar ",
            "post-body entry", "x-Header y", "p-AUTHOR byline", "comments ", "nav menu-top", "shadow-box",
            "COLUMN left", "ad-break", "yom-remote", "story ", "foot-note", "\u0130ndex page", "K\u212Aelvin sidebar");

    @Test
    void shouldAnswerExactlyAsReadability4JsRegexes() {
        RegExUtil stock = new RegExUtil(RegExUtil.UnlikelyCandidatesDefaultPattern,
                RegExUtil.OkMaybeItsACandidateDefaultPattern, RegExUtil.PositiveDefaultPattern,
                RegExUtil.NegativeDefaultPattern, RegExUtil.ExtraneousDefaultPattern, RegExUtil.BylineDefaultPattern,
                RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern,
                RegExUtil.VideosDefaultPattern, RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern,
                RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern);
        ReadabilityPatterns fast = new ReadabilityPatterns();
        for (String text : CLASS_AND_ID) {
            assertThat(fast.isUnlikelyCandidate(text)).as("unlikely %s", text)
                    .isEqualTo(stock.isUnlikelyCandidate(text));
            assertThat(fast.okMaybeItsACandidate(text)).as("maybe %s", text)
                    .isEqualTo(stock.okMaybeItsACandidate(text));
            assertThat(fast.isPositive(text)).as("positive %s", text).isEqualTo(stock.isPositive(text));
            assertThat(fast.isNegative(text)).as("negative %s", text).isEqualTo(stock.isNegative(text));
            assertThat(fast.isByline(text)).as("byline %s", text).isEqualTo(stock.isByline(text));
        }
    }
}
