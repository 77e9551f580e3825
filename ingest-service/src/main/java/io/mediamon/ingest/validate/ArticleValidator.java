package io.mediamon.ingest.validate;

import io.mediamon.common.event.Article;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.ingest.model.ArticleSubmission;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks required fields, sizes and dates, and gives an accepted article its stable id. */
public final class ArticleValidator {
    private final IngestConfig config;
    private final Clock clock;

    public ArticleValidator(IngestConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public Validated validate(ArticleSubmission submission, String source) {
        if (submission == null) {
            return Validated.rejected(new Rejection("empty", "no article in the input"));
        }
        List<Rejection> problems = new ArrayList<>();
        String title = clean(submission.title());
        String body = submission.body() == null ? null : submission.body().strip();
        if (title == null) {
            problems.add(new Rejection("missing_title", "title is required"));
        } else if (title.length() > config.maxTitleChars()) {
            problems.add(new Rejection("title_too_long", "title has " + title.length() + " characters; the limit is "
                    + config.maxTitleChars()));
        }
        if (body == null || body.isEmpty()) {
            problems.add(new Rejection("missing_body", "body is required (also accepted as text or content)"));
        } else if (body.length() > config.maxBodyChars()) {
            problems.add(new Rejection("body_too_long", "body has " + body.length() + " characters; the limit is "
                    + config.maxBodyChars()));
        } else if (body.codePoints().filter(Character::isLetter).count() < 20) {
            problems.add(new Rejection("body_too_short", "body has fewer than 20 letters of text"));
        }
        String canonicalUrl = null;
        String url = clean(submission.url());
        if (url != null) {
            canonicalUrl = ArticleIds.canonicalUrl(url);
            if (canonicalUrl == null) {
                problems.add(new Rejection("bad_url", "url '" + shorten(url) + "' is not an absolute http(s) URL"));
            }
        }
        Instant now = clock.instant();
        Instant published = null;
        String date = clean(submission.publishedAt());
        if (date != null) {
            published = PublicationDates.parse(date);
            if (published == null) {
                problems.add(new Rejection("bad_date", "publishedAt '" + shorten(date)
                        + "' is not a date (use ISO-8601, e.g. 2024-03-15T16:15:00Z)"));
            } else if (published.isAfter(now.plus(config.maxFutureSkew()))) {
                problems.add(new Rejection("future_date", "publishedAt " + published + " lies more than "
                        + config.maxFutureSkew() + " in the future"));
            } else if (published.isBefore(now.minus(config.oldestAccepted()))) {
                problems.add(new Rejection("too_old", "publishedAt " + published + " is older than the accepted age "
                        + config.oldestAccepted()));
            }
        }
        String language = clean(submission.language());
        if (language != null && !language.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?")) {
            problems.add(new Rejection("bad_language", "language '" + shorten(language)
                    + "' is not a language code like en or en-GB"));
        }
        if (!problems.isEmpty()) {
            return Validated.rejected(problems);
        }
        String id = canonicalUrl != null ? ArticleIds.forUrl(canonicalUrl) : ArticleIds.forContent(title, body);
        String outlet = clean(submission.outlet());
        if (outlet == null && canonicalUrl != null) {
            outlet = URI.create(canonicalUrl).getHost();
        }
        return Validated.accepted(new Article(id, canonicalUrl, title, body, outlet, clean(submission.author()),
                language == null ? null : language.toLowerCase(Locale.ROOT), published, now, source));
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
