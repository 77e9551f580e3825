package io.mediamon.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageExtractorTest {
    private static final String PARAGRAPH = "The council voted on Tuesday to expand the harbour, a plan that has "
            + "divided residents, fishermen and the port authority for more than a decade, according to minutes "
            + "published after the meeting.";

    private static String page(String extraBody) {
        return "<!doctype html><html lang=\"en\"><head><title>Harbour vote | Example News</title>"
                + "<meta property=\"og:title\" content=\"Council backs harbour expansion\">"
                + "<meta name=\"author\" content=\"Jane Roe\">"
                + "<link rel=\"canonical\" href=\"https://news.example.org/harbour\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-05-02T10:00:00Z\"}</script>"
                + "<script>var tracking = 'do not keep this';</script><style>p{color:red}</style></head><body>"
                + "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>Council backs harbour expansion</h1>"
                + ("<p>" + PARAGRAPH + "</p>").repeat(6) + extraBody + "</article>"
                + "<!-- a comment that must not appear --><footer class=\"footer\">Copyright Example</footer>"
                + "</body></html>";
    }

    @Test
    void shouldTakeTheArticleTextAndTheMetadataFromAWholePage() {
        ExtractedPage page = new PageExtractor().extract(page(""), "https://news.example.org/harbour?x=1");

        assertThat(page.text()).contains(PARAGRAPH).doesNotContain("tracking", "color:red", "a comment",
                "Copyright Example");
        assertThat(page.headline()).isEqualTo("Council backs harbour expansion");
        assertThat(page.author()).isEqualTo("Jane Roe");
        assertThat(page.publishedAt()).isEqualTo("2024-05-02T10:00:00Z");
        assertThat(page.canonicalUrl()).isEqualTo("https://news.example.org/harbour");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void shouldExtractWhatStockReadability4JExtractsFromAPageWithNothingHidden() {
        String html = page("<div class=\"related\"><a href=\"/a\">Another story</a></div><p>Last words here.</p>");

        assertThat(new PageExtractor().extract(html, null))
                .isEqualTo(PageExtractor.stockReadability().extract(html, null));
    }

    @Test
    void shouldCleanUpTheArticleAsStockReadability4JDoes() {
        // what prepArticle's steps look at: forms, data and layout tables, link lists, "share" blocks, footers, a
        // title-like h2, divs (kept as divs by their block children) that are link-heavy, image-heavy, short,
        // negatively named, comma-rich or inside a figure or a data table, empty paragraphs, breaks before paragraphs
        String html = page("<h2>Council backs harbour expansion</h2>"
                + "<form><input name=\"q\"><button>Search</button></form>"
                + "<table><caption>Votes</caption><tr><th>Party</th><th>Votes</th></tr><tr><td>" + PARAGRAPH + "</td><td>12</td>"
                + "<td><div><p><a href=\"/t\">Table link kept</a></p><p><a href=\"/u\">as data</a></p></div></td>"
                + "</tr></table><table role=\"presentation\"><tr><td><a href=\"/x\">Layout link</a></td></tr>"
                + "</table><ul><li><a href=\"/1\">Related one</a></li><li><a href=\"/2\">Related two</a></li></ul>"
                + "<div class=\"share-tools\"><a href=\"/s\">Share this</a></div>"
                + "<div><p><a href=\"/a\">LINKHEAVY one and</a></p><p><a href=\"/b\">LINKHEAVY two</a> x</p></div>"
                + "<div><p>IMAGEHEAVY with three pictures below it.</p><img src=\"a.jpg\"><img src=\"b.jpg\">"
                + "<img src=\"c.jpg\"></div><figure><div><p>FIGURE caption with three pictures.</p>"
                + "<img src=\"d.jpg\"><img src=\"e.jpg\"><img src=\"f.jpg\"></div></figure>"
                + "<div><p>SHORT one.</p><p>Two.</p></div>"
                + "<div class=\"promo\"><p>PROMO " + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p></div>"
                + "<div><p><a href=\"/c\">COMMAS, a, b, c, d, e, f, g, h, i, j, k</a></p><p>kept.</p></div>"
                + "<p> </p><p><img src=\"g.jpg\"></p><br><p>After a line break.</p>"
                + "<div class=\"sidebar\"><p>" + PARAGRAPH + "</p></div><footer>Inner footer</footer>");

        ExtractedPage fast = new PageExtractor().extract(html, null);

        assertThat(fast).isEqualTo(PageExtractor.stockReadability().extract(html, null));
        assertThat(fast.text()).contains("After a line break.", "FIGURE caption", "COMMAS", "Table link kept")
                .doesNotContain("Inner footer", "Share this", "Search", "LINKHEAVY", "IMAGEHEAVY", "SHORT", "PROMO");
    }

    @Test
    void shouldTurnChainsOfLineBreaksIntoParagraphsAsStockReadability4JDoes() {
        String html = page("<div>First line<br><br>Second block, after two breaks<br> <br><br>Third block"
                + "<br>still third<br><br><span>Fourth</span> block</div><noscript><img src=\"\">Pic<br><br>"
                + "caption</noscript>");

        ExtractedPage fast = new PageExtractor().extract(html, null);

        assertThat(fast).isEqualTo(PageExtractor.stockReadability().extract(html, null));
        assertThat(fast.text()).contains("Second block, after two breaks\n\nThird block");
    }

    @Test
    void shouldLeaveOutWhatAReaderCannotSee() {
        String html = page("<p hidden>HIDDEN-ATTRIBUTE text</p><div style=\"color:blue; display: none\">"
                + "HIDDEN-STYLE text</div><p aria-hidden=\"true\">HIDDEN-ARIA text</p>"
                + "<p style=\"visibility:hidden\">HIDDEN-VISIBILITY text</p><p>Still visible at the end.</p>");

        String text = new PageExtractor().extract(html, null).text();

        assertThat(text).contains("Still visible at the end.").doesNotContain("HIDDEN");
        assertThat(PageExtractor.stockReadability().extract(html, null).text()).contains("HIDDEN-ATTRIBUTE");
    }

    @Test
    void shouldRetryWithLooserRulesWhenTheFirstAttemptFindsTooLittle() {
        // short text inside a class Readability strips as unlikely: only the second attempt keeps it
        String html = "<html><head><title>Short note</title></head><body><div class=\"sidebar\"><p>" + PARAGRAPH
                + "</p><p>" + PARAGRAPH + "</p></div></body></html>";

        ExtractedPage fast = new PageExtractor().extract(html, null);

        assertThat(fast.text()).contains(PARAGRAPH);
        assertThat(fast).isEqualTo(PageExtractor.stockReadability().extract(html, null));
    }

    @Test
    void shouldFallBackToTheBodyWhenNothingScores() {
        ExtractedPage page = new PageExtractor().extract("<html><body><span>Only a few words</span></body></html>",
                null);

        assertThat(page.text()).isEqualTo("Only a few words");
    }

    @Test
    void shouldRecogniseWholeDocumentsButNotFragments() {
        assertThat(PageExtractor.isHtmlDocument(page(""))).isTrue();
        assertThat(PageExtractor.isHtmlDocument("<p>just a fragment</p>")).isFalse();
        assertThat(PageExtractor.isHtmlDocument("plain text")).isFalse();
    }
}
