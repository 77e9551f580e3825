package io.mediamon.ingest.validate;

import io.mediamon.common.event.Article;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.ingest.language.LanguageDetector;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.page.ExtractedPage;
import io.mediamon.ingest.page.PageExtractor;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks fields, sizes and dates, and gives an accepted article its stable id.
 * <ul>
 *   <li>A whole HTML page as body is reduced to its main text; its metadata fills headline, date, author,
 *       canonical URL and language when the submission lacks them.</li>
 *   <li>An item with a title but little or no body is accepted as {@code headlineOnly}: it is analysed on its
 *       title and description (the title stands in for a missing body). An item with neither is refused.</li>
 *   <li>A trailing " - Outlet" repeating the outlet is stripped from the title.</li>
 *   <li>An article that declares no language gets the detected one.</li>
 * </ul>
 */
public final class ArticleValidator {
    private static final int MIN_BODY_LETTERS = 20;
    private static final int MIN_TITLE_LETTERS = 2;
    private static final int HTML_PAGE_FACTOR = 10;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    private final IngestConfig config;
    private final Clock clock;
    private final PageExtractor pages;
    private final LanguageDetector languages;

    public ArticleValidator(IngestConfig config, Clock clock) {
        this(config, clock, new PageExtractor(), LanguageDetector.bundled());
    }

    public ArticleValidator(IngestConfig config, Clock clock, PageExtractor pages, LanguageDetector languages) {
        this.config = config;
        this.clock = clock;
        this.pages = pages;
        this.languages = languages;
    }

    public Validated validate(ArticleSubmission submission, String source) {
        if (submission == null) {
            return Validated.rejected(new Rejection("empty", "no article in the input"));
        }
        List<Rejection> problems = new ArrayList<>();
        String title = clean(submission.title());
        String body = submission.body() == null ? null : submission.body().strip();
        String url = clean(submission.url());
        String outlet = clean(submission.outlet());
        String author = clean(submission.author());
        String language = clean(submission.language());
        String date = clean(submission.publishedAt());
        String image = clean(submission.imageUrl());
        boolean fromPage = false;

        capped(problems, "url", url, FieldCaps.URL);
        capped(problems, "relayUrl", clean(submission.relayUrl()), FieldCaps.URL);
        capped(problems, "imageUrl", image, FieldCaps.URL);
        capped(problems, "outlet", outlet, FieldCaps.OUTLET);
        capped(problems, "author", author, FieldCaps.AUTHOR);
        capped(problems, "language", language, FieldCaps.LANGUAGE);
        List<String> categories = categories(submission.sourceCategories(), problems);

        if (body != null && PageExtractor.isHtmlDocument(body)) {
            if (body.length() > (long) config.maxBodyChars() * HTML_PAGE_FACTOR) {
                problems.add(new Rejection("body_too_long", "HTML page has " + body.length()
                        + " characters; the limit is " + (long) config.maxBodyChars() * HTML_PAGE_FACTOR));
                body = null;
            } else {
                ExtractedPage page = pages.extract(body, url);
                fromPage = true;
                body = page.text();
                title = title != null ? title : fits(page.headline(), config.maxTitleChars());
                url = url != null ? url : fits(page.canonicalUrl(), FieldCaps.URL);
                outlet = outlet != null ? outlet : fits(page.siteName(), FieldCaps.OUTLET);
                author = author != null ? author : fits(page.author(), FieldCaps.AUTHOR);
                date = date != null ? date : page.publishedAt();
                image = image != null ? image : fits(page.imageUrl(), FieldCaps.URL);
                if (language == null && page.language() != null && LANGUAGE_TAG.matcher(page.language()).matches()
                        && page.language().length() <= FieldCaps.LANGUAGE) {
                    language = page.language();
                }
            }
        }

        boolean usableTitle = title != null && hasLetters(title, MIN_TITLE_LETTERS);
        boolean usableBody = body != null && hasLetters(body, MIN_BODY_LETTERS);
        if (title != null && title.length() > config.maxTitleChars()) {
            problems.add(new Rejection("title_too_long", "title has " + title.length() + " characters; the limit is "
                    + config.maxTitleChars()));
        }
        if (body != null && body.length() > config.maxBodyChars()) {
            problems.add(new Rejection("body_too_long", "body has " + body.length() + " characters; the limit is "
                    + config.maxBodyChars()));
        }
        if (!usableTitle && !usableBody) {
            problems.add(new Rejection("missing_content", "neither a usable title nor a body: a title needs at least "
                    + MIN_TITLE_LETTERS + " letters, a body at least " + MIN_BODY_LETTERS
                    + " (the body is also accepted as text or content)"));
        }

        String canonicalUrl = null;
        if (url != null && url.length() <= FieldCaps.URL) {
            canonicalUrl = ArticleIds.canonicalUrl(url);
            if (canonicalUrl == null && !fromPage) {
                problems.add(new Rejection("bad_url", "url '" + shorten(url) + "' is not an absolute http(s) URL"));
            }
        }
        String relayUrl = clean(submission.relayUrl());
        String canonicalRelay = null;
        if (relayUrl != null && relayUrl.length() <= FieldCaps.URL) {
            canonicalRelay = ArticleIds.canonicalUrl(relayUrl);
            if (canonicalRelay == null) {
                problems.add(new Rejection("bad_url", "relayUrl '" + shorten(relayUrl)
                        + "' is not an absolute http(s) URL"));
            }
        }
        Instant now = clock.instant();
        Instant published = null;
        if (date != null) {
            published = PublicationDates.parse(date);
            if (published == null && !fromPage) {
                problems.add(new Rejection("bad_date", "publishedAt '" + shorten(date)
                        + "' is not a date (use ISO-8601, e.g. 2024-03-15T16:15:00Z)"));
            } else if (published != null && published.isAfter(now.plus(config.maxFutureSkew()))) {
                problems.add(new Rejection("future_date", "publishedAt " + published + " lies more than "
                        + config.maxFutureSkew() + " in the future"));
            } else if (published != null && published.isBefore(now.minus(config.oldestAccepted()))) {
                problems.add(new Rejection("too_old", "publishedAt " + published + " is older than the accepted age "
                        + config.oldestAccepted()));
            }
        }
        if (language != null && language.length() <= FieldCaps.LANGUAGE
                && !LANGUAGE_TAG.matcher(language).matches()) {
            problems.add(new Rejection("bad_language", "language '" + shorten(language)
                    + "' is not a language code like en or en-GB"));
        }
        if (!problems.isEmpty()) {
            return Validated.rejected(problems);
        }

        if (outlet == null && canonicalUrl != null) {
            outlet = URI.create(canonicalUrl).getHost();
        }
        if (!usableTitle) {
            title = derivedTitle(body);
        }
        title = TitleSuffix.strip(title, outlet);
        boolean headlineOnly = !usableBody || usableTitle && repeatsTitle(body, title);
        if (body == null || body.isBlank()) {
            body = title;
        }
        boolean detected = false;
        if (language == null) {
            language = languages.detect(headlineOnly ? title + ". " + body : body).orElse(null);
            detected = language != null;
        }
        String id = canonicalUrl != null ? ArticleIds.forUrl(canonicalUrl)
                : canonicalRelay != null ? ArticleIds.forUrl(canonicalRelay) : ArticleIds.forContent(title, body);
        return Validated.accepted(new Article(id, canonicalUrl, title, body, outlet, author,
                language == null ? null : language.replace('_', '-').toLowerCase(Locale.ROOT), published, now, source,
                headlineOnly, canonicalRelay, categories, image != null && image.length() <= FieldCaps.URL ? image : null,
                detected));
    }

    private static List<String> categories(List<String> given, List<Rejection> problems) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > FieldCaps.CATEGORIES) {
            problems.add(new Rejection("too_many_categories", "sourceCategories has " + given.size()
                    + " entries; the limit is " + FieldCaps.CATEGORIES));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String category : given) {
            String cleaned = clean(category);
            if (cleaned == null) {
                continue;
            }
            if (cleaned.length() > FieldCaps.CATEGORY) {
                problems.add(new Rejection("category_too_long", "a category has " + cleaned.length()
                        + " characters; the limit is " + FieldCaps.CATEGORY));
            } else if (!out.contains(cleaned)) {
                out.add(cleaned);
            }
        }
        return out;
    }

    private static void capped(List<Rejection> problems, String field, String value, int cap) {
        if (value != null && value.length() > cap) {
            problems.add(new Rejection(codeOf(field) + "_too_long", field + " has " + value.length()
                    + " characters; the limit is " + cap));
        }
    }

    private static String codeOf(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Page metadata over a cap is dropped, not refused: the submitter did not write it. */
    private static String fits(String value, int cap) {
        return value == null || value.length() > cap ? null : value;
    }

    /** The body only repeats the title (Google News descriptions): nothing more than the headline to analyse. */
    /**
     * True when the body's letters and digits, lower-cased, start with the title's and add fewer than {@link
     * #MIN_BODY_LETTERS} more: a body that only repeats the headline. Reads the body only as far as it must.
     */
    private static boolean repeatsTitle(String body, String title) {
        String t = letterKey(title);
        if (t.isEmpty()) {
            return false;
        }
        int matched = 0;
        int extra = 0;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                continue;
            }
            if (matched < t.length()) {
                int expected = t.codePointAt(matched);
                if (Character.toLowerCase(cp) != expected) {
                    return false;
                }
                matched += Character.charCount(expected);
            } else if (++extra >= MIN_BODY_LETTERS) {
                return false;
            }
        }
        return matched == t.length();
    }

    private static String letterKey(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String derivedTitle(String body) {
        String first = body.strip().split("\\R", 2)[0].strip();
        if (first.length() <= FieldCaps.DERIVED_TITLE) {
            return first;
        }
        int cut = first.lastIndexOf(' ', FieldCaps.DERIVED_TITLE - 1);
        return first.substring(0, cut > FieldCaps.DERIVED_TITLE / 2 ? cut : FieldCaps.DERIVED_TITLE - 1) + "…";
    }

    /** True when {@code text} holds at least {@code min} letters; stops counting there. */
    private static boolean hasLetters(String text, int min) {
        int count = 0;
        for (int i = 0; i < text.length() && count < min; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                count++;
            }
        }
        return count >= min;
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
