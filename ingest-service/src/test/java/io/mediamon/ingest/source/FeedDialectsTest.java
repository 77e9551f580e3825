package io.mediamon.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.Article;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.validate.ArticleValidator;
import io.mediamon.ingest.validate.Validated;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each feed dialect and the relay rules, from fixture files of that shape through to the accepted article. */
class FeedDialectsTest {
    private static final Instant NOW = Instant.parse("2024-03-16T00:00:00Z");
    private final ArticleValidator validator = new ArticleValidator(
            IngestConfig.load(Settings.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", "unused:9092")), null),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private List<Article> ingest(String fixture, String configuredOutlet) throws Exception {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/feeds/" + fixture)) {
            body = in.readAllBytes();
        }
        SyndFeed feed = FeedPoller.parse(body, "application/xml");
        FeedSpec spec = new FeedSpec(URI.create("https://feeds.example.net/" + fixture), configuredOutlet,
                Duration.ofMinutes(5));
        return feed.getEntries().stream().map(entry -> {
            ArticleSubmission submission = FeedItems.toSubmission(entry, feed, spec);
            Validated validated = validator.validate(submission, "rss");
            assertThat(validated.ok()).as(fixture + ": " + validated.reasonText()).isTrue();
            return validated.article();
        }).toList();
    }

    @Test
    void shouldReadRss091WithItsNetscapeDoctype() throws Exception {
        Article article = ingest("rss091.xml", null).get(0);

        assertThat(article.title()).isEqualTo("Ferry operator adds winter crossings");
        assertThat(article.url()).isEqualTo("https://gazette.example.com/2024/01/ferry-winter");
        assertThat(article.outlet()).isEqualTo("gazette.example.com");
        assertThat(article.language()).isEqualTo("en-gb");
        assertThat(article.languageDetected()).isFalse();
    }

    @Test
    void shouldReadRss092AndCleanItsHtmlDescription() throws Exception {
        Article article = ingest("rss092.xml", "Valley Farm Bulletin").get(0);

        assertThat(article.body()).isEqualTo(
                "The grain co-operative reported its largest harvest in a decade, helped by a dry autumn.");
        assertThat(article.outlet()).isEqualTo("Valley Farm Bulletin");
        assertThat(article.sourceCategories()).containsExactly("Agriculture");
    }

    @Test
    void shouldReadRss10RdfWithDublinCore() throws Exception {
        Article article = ingest("rss10.rdf", null).get(0);

        assertThat(article.title()).isEqualTo("New telescope mirror passes first tests");
        assertThat(article.author()).isEqualTo("Mira Okafor");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-03-15T08:30:00Z"));
        assertThat(article.sourceCategories()).containsExactly("Astronomy");
    }

    @Test
    void shouldReadRss20WithContentEncodedMediaContentCategoriesAndBothZoneStyles() throws Exception {
        List<Article> articles = ingest("rss20.xml", null);
        Article first = articles.stream().filter(a -> a.title().startsWith("City council")).findFirst().orElseThrow();
        Article second = articles.stream().filter(a -> a.title().startsWith("Harbour bridge")).findFirst()
                .orElseThrow();

        assertThat(first.body()).startsWith("The city council approved the transit budget")
                .contains("\n\nThe plan adds bus lanes");
        assertThat(first.url()).isEqualTo("https://metrodaily.example.com/news/transit-budget");
        assertThat(first.imageUrl()).isEqualTo("https://cdn.metrodaily.example.com/img/transit.jpg");
        assertThat(first.sourceCategories()).containsExactly("Politics", "Transport");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(first.headlineOnly()).isFalse();
    }

    @Test
    void shouldReadAtom03() throws Exception {
        Article article = ingest("atom03.xml", null).get(0);

        assertThat(article.title()).isEqualTo("Storage vendor recalls faulty drives");
        assertThat(article.url()).isEqualTo("https://techlog.example.com/2024/03/drive-recall");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(article.body()).startsWith("A storage vendor recalled");
    }

    @Test
    void shouldReadAtom10WithIsoOffsetsAndEscapedHtml() throws Exception {
        Article article = ingest("atom10.xml", null).get(0);

        assertThat(article.title()).isEqualTo("Mill & mine towns win rail link");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(article.author()).isEqualTo("Ines Duarte");
        assertThat(article.body()).doesNotContain("<p>").startsWith("Two former mill");
        assertThat(article.sourceCategories()).containsExactly("Transport");
    }

    @Test
    void shouldAcceptAnEdgarEntryInIso88591WithItsAccentsIntact() throws Exception {
        Article article = ingest("edgar-latin1.xml", "SEC EDGAR").get(0);

        assertThat(article.title()).isEqualTo("8-K - Société Générale de Café Ltée (0001234567) (Filer)");
        assertThat(article.outlet()).isEqualTo("SEC EDGAR");
        assertThat(article.headlineOnly()).isTrue();
        assertThat(article.sourceCategories()).containsExactly("8-K");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-03-15T20:10:05Z"));
    }

    @Test
    void shouldReadCdataTitlesAndDescriptions() throws Exception {
        Article article = ingest("aljazeera-cdata.xml", null).get(0);

        assertThat(article.title()).isEqualTo("Ceasefire talks resume in Doha as aid convoys wait");
        assertThat(article.body()).startsWith("Negotiators returned to the table on Friday");
        assertThat(article.outlet()).isEqualTo("gulfbroadcast.example.com");
        assertThat(article.sourceCategories()).containsExactly("News");
        assertThat(article.headlineOnly()).isFalse();
    }

    @Test
    void shouldAttributeAGoogleNewsItemToItsSourceAndKeepTheRelayLink() throws Exception {
        Article article = ingest("googlenews.xml", null).get(0);

        assertThat(article.outlet()).isEqualTo("Reuters");
        assertThat(article.title()).isEqualTo("US weighs tighter curbs on chip exports to China");
        assertThat(article.relayUrl()).startsWith("https://news.google.com/rss/articles/CBMiTEST0123456789abcdefXYZ");
        assertThat(article.url()).isNull();
        assertThat(article.headlineOnly()).isTrue();
        assertThat(article.id()).startsWith("u");
    }

    @Test
    void shouldNeverTakeTheRelaysHostAsOutletEvenWithoutASource() throws Exception {
        SyndFeed feed = FeedPoller.parse(("<rss version=\"2.0\"><channel><title>Aggregated</title><link>x</link>"
                + "<description>d</description><item><title>Port strike ends after pay deal</title>"
                + "<link>https://news.google.com/rss/articles/ABC</link></item></channel></rss>").getBytes(), null);
        ArticleSubmission configured = FeedItems.toSubmission(feed.getEntries().get(0), feed,
                new FeedSpec(URI.create("https://news.google.com/rss"), "Port Wire", Duration.ofMinutes(5)));
        ArticleSubmission unnamed = FeedItems.toSubmission(feed.getEntries().get(0), feed,
                new FeedSpec(URI.create("https://news.google.com/rss"), null, Duration.ofMinutes(5)));

        assertThat(configured.outlet()).isEqualTo("Port Wire");
        assertThat(unnamed.outlet()).isNull();
        assertThat(validator.validate(unnamed, "rss").article().outlet()).isNull();
    }

    @Test
    void shouldRecoverThePublisherUrlARelayCarries() {
        assertThat(RelayLinks.target("https://www.bing.com/news/apiclick.aspx?ref=FexRss&url=https%3a%2f%2fwww.example"
                + ".com%2fstory&c=1")).isEqualTo("https://www.example.com/story");
    }

    @Test
    void shouldReadAYahooFinanceStyleFeed() throws Exception {
        Article article = ingest("yahoofinance.xml", null).get(0);

        assertThat(article.title()).isEqualTo("Acme raises outlook, shares jump");
        assertThat(article.outlet()).isEqualTo("finance.example.com");
        assertThat(article.body()).startsWith("Acme Corp shares rose");
    }

    @Test
    void shouldReadOpmlWithPerFeedNameAndInterval(@TempDir Path dir) throws Exception {
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, """
                <?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
                <outline text="Wires"><outline type="rss" text="Reuters Business" xmlUrl="https://wire.example.com/biz.xml"
                 interval="2m"/><outline type="rss" title="EDGAR" text="x" xmlUrl="https://filings.example.gov/atom"/>
                <outline type="rss" text="bad" xmlUrl="ftp://nope.example.com/feed"/></outline></body></opml>""");
        List<String> problems = new ArrayList<>();

        List<FeedSpec> specs = OpmlFeeds.read(opml, Duration.ofMinutes(5), problems);

        assertThat(specs).containsExactly(
                new FeedSpec(URI.create("https://wire.example.com/biz.xml"), "Reuters Business", Duration.ofMinutes(2)),
                new FeedSpec(URI.create("https://filings.example.gov/atom"), "EDGAR", Duration.ofMinutes(5)));
        assertThat(problems).singleElement().asString().contains("ftp://nope.example.com/feed");
    }
}
