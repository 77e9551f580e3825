package io.mediamon.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.common.config.Settings;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.ingest.model.ArticleSubmission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {
    private static final Instant NOW = Instant.parse("2024-03-15T12:00:00Z");
    private static final String BODY = "The Commerce Department said on Tuesday that the talks continue.";

    private final ArticleValidator validator = new ArticleValidator(
            IngestConfig.load(Settings.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", "unused:9092")), null),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static ArticleSubmission article(String title, String body, String url, String date) {
        return new ArticleSubmission(title, body, url, null, null, null, date);
    }

    @Test
    void shouldAcceptAValidArticleAndGiveItAUrlBasedId() {
        Validated result = validator.validate(article("Title", BODY,
                "HTTPS://www.Example.com/news/1/?utm_source=x&b=2&a=1#top", "2024-03-15T10:00:00Z"), "http");

        assertThat(result.ok()).isTrue();
        assertThat(result.article().url()).isEqualTo("https://example.com/news/1?a=1&b=2");
        assertThat(result.article().id()).startsWith("u").hasSize(25);
        assertThat(result.article().outlet()).isEqualTo("example.com");
        assertThat(result.article().ingestedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldGiveTheSameIdToTheSameUrlWrittenDifferently() {
        String a = validator.validate(article("T", BODY, "http://example.com/x?utm_medium=y", null), "http")
                .article().id();
        String b = validator.validate(article("Other title", BODY, "https://www.example.com/x/", null), "rss")
                .article().id();

        assertThat(a).isEqualTo(b);
    }

    @Test
    void shouldHashTheContentWhenThereIsNoUrl() {
        String a = validator.validate(article("Title", BODY, null, null), "file").article().id();
        String b = validator.validate(article("  title ", BODY.replace(" ", "  "), null, null), "http")
                .article().id();
        String c = validator.validate(article("Title", BODY + " More.", null, null), "http").article().id();

        assertThat(a).startsWith("c").isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void shouldReportEveryProblemWithAReason() {
        Validated result = validator.validate(article(" ", "short", "ftp://example.com/a", "yesterday"), "http");

        assertThat(result.ok()).isFalse();
        assertThat(result.rejections()).extracting(Rejection::code)
                .containsExactly("missing_content", "bad_url", "bad_date");
        assertThat(result.reasonText()).contains("neither a usable title nor a body").contains("not a date");
    }

    @Test
    void shouldRefuseDatesTooFarInTheFuture() {
        Validated result = validator.validate(article("Title", BODY, null, "2024-03-16T12:00:00Z"), "http");

        assertThat(result.rejections()).extracting(Rejection::code).containsExactly("future_date");
    }

    @Test
    void shouldReadTheDateFormatsFeedsSend() {
        assertThat(PublicationDates.parse("2024-03-15T16:15:00Z")).isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(PublicationDates.parse("2024-03-15T16:15:00+08:00"))
                .isEqualTo(Instant.parse("2024-03-15T08:15:00Z"));
        assertThat(PublicationDates.parse("Fri, 15 Mar 2024 16:15:00 GMT"))
                .isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(PublicationDates.parse("2024-03-15 16:15")).isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(PublicationDates.parse("2024-03-15")).isEqualTo(Instant.parse("2024-03-15T00:00:00Z"));
        assertThat(PublicationDates.parse("15/03/2024")).isNull();
    }

    @Test
    void shouldReadRfc822NamedAndNumericZonesAndIsoOffsets() {
        assertThat(PublicationDates.parse("Fri, 15 Mar 2024 11:15:00 EST"))
                .isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(PublicationDates.parse("Fri, 15 Mar 2024 09:15:00 PDT"))
                .isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(PublicationDates.parse("15 Mar 24 17:15 +0100")).isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(PublicationDates.parse("Fri, 15 Mar 2024 16:15:00 UT"))
                .isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(PublicationDates.parse("2024-03-15T21:45:00+0530")).isEqualTo(Instant.parse("2024-03-15T16:15:00Z"));
        assertThat(PublicationDates.parse("2024-03-15T12:15:00.250-04:00"))
                .isEqualTo(Instant.parse("2024-03-15T16:15:00.250Z"));
    }

    @Test
    void shouldAcceptAHeadlineWithoutBodyAsHeadlineOnly() {
        Validated result = validator.validate(article("Tariff talks stall over chip export rules", null,
                "https://example.com/a", null), "rss");

        assertThat(result.ok()).isTrue();
        assertThat(result.article().headlineOnly()).isTrue();
        assertThat(result.article().body()).isEqualTo("Tariff talks stall over chip export rules");
    }

    @Test
    void shouldTreatABodyThatOnlyRepeatsTheTitleAsHeadlineOnly() {
        Validated result = validator.validate(new ArticleSubmission("Chip makers warn on new rules - Reuters",
                "Chip makers warn on new rules  Reuters", null, "Reuters", null, null, null), "rss");

        assertThat(result.ok()).isTrue();
        assertThat(result.article().title()).isEqualTo("Chip makers warn on new rules");
        assertThat(result.article().headlineOnly()).isTrue();
    }

    @Test
    void shouldDeriveATitleFromTheBodyWhenThereIsNone() {
        Validated result = validator.validate(article(null, BODY, null, null), "file");

        assertThat(result.ok()).isTrue();
        assertThat(result.article().title()).isEqualTo(BODY);
        assertThat(result.article().headlineOnly()).isFalse();
    }

    @Test
    void shouldRefuseOverlongFieldsWithTheirReason() {
        Validated result = validator.validate(new ArticleSubmission("Title", BODY,
                "https://example.com/" + "a".repeat(FieldCaps.URL), "o".repeat(FieldCaps.OUTLET + 1),
                "b".repeat(FieldCaps.AUTHOR + 1), "en-" + "x".repeat(40), null), "http");

        assertThat(result.rejections()).extracting(Rejection::code)
                .containsExactly("url_too_long", "outlet_too_long", "author_too_long", "language_too_long");
        assertThat(result.reasonText()).contains("the limit is 2048").contains("the limit is 200")
                .contains("the limit is 300").contains("the limit is 35");
    }

    @Test
    void shouldAcceptALongBcp47LanguageTag() {
        Validated result = validator.validate(new ArticleSubmission("Title", BODY, null, null, null, "zh-Hant-TW",
                null), "http");

        assertThat(result.ok()).isTrue();
        assertThat(result.article().language()).isEqualTo("zh-hant-tw");
        assertThat(result.article().languageDetected()).isFalse();
    }

    @Test
    void shouldDetectTheLanguageWhenNoneIsDeclared() {
        Validated english = validator.validate(article("Title", BODY + " Officials expect an answer next week.",
                null, null), "http");
        Validated german = validator.validate(article("Zölle", "Die Regierung in Berlin hat am Dienstag neue Regeln "
                + "für die Ausfuhr von Halbleitern beschlossen, wie das Ministerium mitteilte.", null, null), "http");

        assertThat(english.article().language()).isEqualTo("en");
        assertThat(english.article().languageDetected()).isTrue();
        assertThat(german.article().language()).isEqualTo("de");
    }

    @Test
    void shouldExtractAWholeHtmlPageAndFillMissingFieldsFromItsMetadata() {
        String page = """
                <!DOCTYPE html><html lang="en-GB"><head><title>Site | Headline</title>
                <link rel="canonical" href="https://news.example.org/2024/03/chips">
                <meta property="og:site_name" content="Example News">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite",
                "name":"Example"},{"@type":"NewsArticle","headline":"Chip export rules tightened",
                "datePublished":"2024-03-15T09:30:00+01:00","author":[{"@type":"Person","name":"Ana Ruiz"},
                {"@type":"Person","name":"Li Wei"}]}]}</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a></nav>
                <article><h1>Chip export rules tightened</h1>
                <p>The government tightened the rules on exports of advanced chips on Friday, officials said,
                extending controls that were first introduced two years ago to a wider range of products.</p>
                <p>Manufacturers have until the end of the quarter to apply for licences, and several said they
                expected delays to shipments to customers abroad while the new process is set up.</p>
                <p>Industry groups said the measures would cost member companies revenue, while lawmakers
                welcomed the change and asked for regular reports on how it is enforced.</p></article>
                <footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>""";

        Validated result = validator.validate(article(null, page, null, null), "http");

        assertThat(result.ok()).as(result.reasonText()).isTrue();
        assertThat(result.article().title()).isEqualTo("Chip export rules tightened");
        assertThat(result.article().url()).isEqualTo("https://news.example.org/2024/03/chips");
        assertThat(result.article().outlet()).isEqualTo("Example News");
        assertThat(result.article().author()).isEqualTo("Ana Ruiz, Li Wei");
        assertThat(result.article().publishedAt()).isEqualTo(Instant.parse("2024-03-15T08:30:00Z"));
        assertThat(result.article().language()).isEqualTo("en-gb");
        assertThat(result.article().body()).contains("tightened the rules on exports")
                .contains("\n\nManufacturers have until").doesNotContain("Copyright").doesNotContain("Home");
    }
}
