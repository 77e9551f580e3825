package io.mediamon.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertStory;
import io.mediamon.common.serde.Json;
import org.junit.jupiter.api.Test;

class SlackMessageTest {
    @Test
    void shouldEscapeAmpersandAndAngleBracketsSoATitleCannotPing() throws Exception {
        assertThat(SlackText.escape("<!channel> & <https://evil.example|click> > x"))
                .isEqualTo("&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt; &gt; x");
        Alert alert = AlertFixtures.alert("<!here> Corp", "<!channel> rises & falls",
                new AlertStory("a1", "s1", "<@U123> <!everyone> headline", "<!subteam^S1> news", SentimentLabel.NEGATIVE, -0.5));
        String json = Json.mapper().writeValueAsString(SlackMessage.of(alert));
        assertThat(json).doesNotContain("<!channel>").doesNotContain("<!here>").doesNotContain("<!everyone>")
                .doesNotContain("<@U123>").doesNotContain("<!subteam")
                .contains("&lt;!here&gt; Corp").contains("&lt;!channel&gt; rises &amp; falls")
                .contains("&lt;@U123&gt; &lt;!everyone&gt; headline");
    }
}
