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
                .containsExactly("missing_title", "body_too_short", "bad_url", "bad_date");
        assertThat(result.reasonText()).contains("title is required").contains("not a date");
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
}
