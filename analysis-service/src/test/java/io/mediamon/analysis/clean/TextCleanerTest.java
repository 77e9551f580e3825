package io.mediamon.analysis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.entity.EntityMatcher;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.testkit.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private static final TextCleaner CLEANER = new TextCleaner(new EntityMatcher(Gazetteer.defaults()));

    private static CleanedText clean(String seedPrefix) {
        Seeds.Seed seed = Seeds.load(seedPrefix);
        return CLEANER.clean(seed.title(), seed.body());
    }

    private static String joined(CleanedText cleaned) {
        return cleaned.title() + "\n" + String.join("\n", cleaned.paragraphs());
    }

    @Test
    void shouldDropChinaDailyNavigationSharebarCaptionsAndFooter() {
        CleanedText cleaned = clean("002");
        String text = joined(cleaned);
        assertThat(cleaned.title()).isEmpty();
        assertThat(text).doesNotContain("Global Edition", "Home / Opinion", "By Xu Ying", "Share - WeChat",
                "[Photo/Agencies]", "Beijing-based commentator", "necessarily reflect", "send us your writings",
                "Most Viewed", "Copyright", "China Daily", "License for publishing", "Registration Number");
        assertThat(cleaned.paragraphs().get(0)).isEqualTo("TikTok crossroads an opprotuity to get ahead of curve");
        assertThat(cleaned.paragraphs()).hasSize(13);
        assertThat(cleaned.paragraphs().get(12)).startsWith("With deft statesmanship");
        assertThat(cleaned.flags().boilerplate()).isTrue();
        assertThat(cleaned.flags().promotional()).isFalse();
        assertThat(cleaned.flags().droppedLines()).isEqualTo(12);
    }

    @Test
    void shouldDropPhotoCreditTeaserAndCommentPrompt() {
        CleanedText cleaned = clean("001");
        String text = joined(cleaned);
        assertThat(text).doesNotContain("AFP/Noel Celis", "'LOL!'", "commenting");
        assertThat(cleaned.paragraphs()).hasSize(10);
        assertThat(cleaned.paragraphs().get(0)).startsWith("China’s state-run Global Times");
        assertThat(cleaned.paragraphs().get(9)).startsWith("Citing national security concerns");
    }

    @Test
    void shouldDropBylineDateContactFooterAndUrlAndRejoinBrokenParagraphs() {
        CleanedText cleaned = clean("004");
        String text = joined(cleaned);
        assertThat(cleaned.title()).startsWith("US-China conflict over TikTok");
        assertThat(text).doesNotContain("Kevin Reed", "2 September 2020", "To contact", "Socialist Equality Party",
                "wsws.org", "*Bloomberg*", "\\$");
        assertThat(text).contains("artificial intelligence (AI) interface technologies",
                "goad Mr. Trump into taking harsher action", "As reported by Bloomberg");
    }

    @Test
    void shouldDropABodyLineThatRepeatsTheTitleButKeepSubheadings() {
        CleanedText cleaned = clean("003");
        assertThat(cleaned.paragraphs().get(0)).startsWith("ByteDance is not backing down");
        assertThat(cleaned.paragraphs()).contains("Offended netizens", "Sympathy from chums");
        assertThat(cleaned.flags().droppedLines()).isEqualTo(1);
    }

    @Test
    void shouldKeepALongNewsSentenceThatMentionsCopyrightOrComments() {
        String body = """
                The court ruled that the copyright claims against the platform were unfounded, a decision that \
                lawyers for both sides said would shape how comments and user videos are treated in future cases.

                Copyright 2024 Example News. All rights reserved.""";
        CleanedText cleaned = CLEANER.clean("Court rules on platform", body);
        assertThat(cleaned.paragraphs()).hasSize(1);
        assertThat(cleaned.paragraphs().get(0)).startsWith("The court ruled");
        assertThat(cleaned.flags().droppedLines()).isEqualTo(1);
    }

    @Test
    void shouldExtractParagraphsFromHtmlAndDropChrome() {
        String html = """
                <html><body><nav><a href="/">Home</a> / <a href="/world">World</a></nav>
                <article><h1>Ignored heading duplicate</h1>
                <p>The Chinese government criticised the <b>forced sale</b> of TikTok.</p>
                <figure><figcaption>AFP/Noel Celis</figcaption></figure>
                <p>Microsoft confirmed talks with US officials.</p></article>
                <footer>Copyright 2024. All rights reserved.</footer></body></html>""";
        CleanedText cleaned = CLEANER.clean("Ignored heading duplicate", html);
        assertThat(cleaned.paragraphs()).containsExactly(
                "The Chinese government criticised the forced sale of TikTok.",
                "Microsoft confirmed talks with US officials.");
        assertThat(cleaned.flags().boilerplate()).isTrue();
    }

    @Test
    void shouldSplitHtmlWithoutParagraphElementsAtLineBreaks() {
        CleanedText cleaned = CLEANER.clean("Talks", "<div>Oracle confirmed talks.<br>Walmart joined.<br><br>Share - WeChat</div>");
        assertThat(cleaned.paragraphs()).containsExactly("Oracle confirmed talks. Walmart joined.");
    }

    @Test
    void shouldDropOtherKindsOfSiteChromeButKeepSimilarNewsSentences() {
        String body = """
                World > Asia > China

                Published: 2024-01-02 10:15

                The president said he would visit Beijing next month to discuss the TikTok sale.

                Related: Beijing warns Washington over app bans

                Users can share videos with friends, and the company says comments are moderated.

                Photo: Reuters

                Read more: Inside ByteDance's algorithm

                Sign up for our newsletter

                Follow us on Twitter

                © 2024 Example Media Group""";
        CleanedText cleaned = CLEANER.clean("TikTok sale talks", body);
        assertThat(cleaned.paragraphs()).containsExactly(
                "The president said he would visit Beijing next month to discuss the TikTok sale.",
                "Users can share videos with friends, and the company says comments are moderated.");
        assertThat(cleaned.flags().droppedLines()).isEqualTo(8);
        assertThat(cleaned.flags().promotional()).isFalse();
    }

    @Test
    void shouldTreatABoilerplateTitleAsNoTitle() {
        CleanedText cleaned = CLEANER.clean("Most Viewed in 24 Hours", "TikTok was banned.");
        assertThat(cleaned.title()).isEmpty();
        assertThat(cleaned.paragraphs()).isEqualTo(List.of("TikTok was banned."));
    }
}
