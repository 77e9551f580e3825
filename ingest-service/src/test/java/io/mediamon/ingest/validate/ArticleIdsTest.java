package io.mediamon.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void shouldNormaliseExactlyAsTheRegexFormDidSoIdsStayStable() {
        String alphabet = "aZ \t\n\u000B\f\r\u0001\u00A0İÉß\u2028x.";
        Random random = new Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(ArticleIds.normalise(text))
                    .as("normalise(%s)", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim());
        }
    }

    @Test
    void shouldGiveTheSameContentIdToTheSameTextWhateverItsSpacing() {
        assertThat(ArticleIds.forContent("TikTok  sale", "Body\n\ntext "))
                .isEqualTo(ArticleIds.forContent("tiktok sale", "body text"))
                .isNotEqualTo(ArticleIds.forContent("tiktok sale", "body texts"));
    }
}
