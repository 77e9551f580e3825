package io.mediamon.ingest.config;

import io.mediamon.common.config.HttpSettings;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * ingest-service settings.
 *
 * @param maxBodyChars   longest accepted article body ({@code MEDIAMON_INGEST_MAX_BODY_CHARS})
 * @param maxTitleChars  longest accepted title ({@code MEDIAMON_INGEST_MAX_TITLE_CHARS})
 * @param maxBatchBytes  largest accepted request ({@code MEDIAMON_INGEST_MAX_REQUEST_BYTES})
 * @param maxFutureSkew  how far in the future a publication date may lie ({@code MEDIAMON_INGEST_MAX_FUTURE_SKEW})
 * @param oldestAccepted oldest publication date accepted, as an age ({@code MEDIAMON_INGEST_MAX_AGE})
 * @param feeds          RSS/Atom URLs to poll ({@code MEDIAMON_INGEST_FEEDS}, comma-separated)
 * @param feedInterval   how often each feed is polled ({@code MEDIAMON_INGEST_FEED_INTERVAL})
 */
public record IngestConfig(
        KafkaSettings kafka,
        HttpSettings http,
        int maxBodyChars,
        int maxTitleChars,
        int maxBatchBytes,
        Duration maxFutureSkew,
        Duration oldestAccepted,
        List<URI> feeds,
        Duration feedInterval) {

    public static final int DEFAULT_PORT = 8081;

    public static IngestConfig load(Settings settings, String defaultBootstrap) {
        KafkaSettings kafka = KafkaSettings.from(settings, defaultBootstrap);
        HttpSettings http = HttpSettings.from(settings, "MEDIAMON_INGEST_PORT", DEFAULT_PORT);
        int maxBody = settings.integer("MEDIAMON_INGEST_MAX_BODY_CHARS", 200_000, 1_000, 5_000_000);
        int maxTitle = settings.integer("MEDIAMON_INGEST_MAX_TITLE_CHARS", 1_000, 20, 10_000);
        int maxRequest = settings.integer("MEDIAMON_INGEST_MAX_REQUEST_BYTES", 16 * 1024 * 1024, 4_096,
                256 * 1024 * 1024);
        Duration skew = settings.duration("MEDIAMON_INGEST_MAX_FUTURE_SKEW", Duration.ofMinutes(10));
        Duration maxAge = settings.duration("MEDIAMON_INGEST_MAX_AGE", Duration.ofDays(365 * 30L));
        List<URI> feeds = new ArrayList<>();
        for (String feed : settings.list("MEDIAMON_INGEST_FEEDS", List.of())) {
            try {
                URI uri = URI.create(feed);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    settings.problem("MEDIAMON_INGEST_FEEDS: " + feed + " is not an http(s) URL");
                } else {
                    feeds.add(uri);
                }
            } catch (IllegalArgumentException e) {
                settings.problem("MEDIAMON_INGEST_FEEDS: " + feed + " is not a URL");
            }
        }
        Duration interval = settings.duration("MEDIAMON_INGEST_FEED_INTERVAL", Duration.ofMinutes(5));
        if (interval.toMillis() < 100) {
            settings.problem("MEDIAMON_INGEST_FEED_INTERVAL must be at least 100ms");
        }
        if (maxRequest < maxBody) {
            settings.problem("MEDIAMON_INGEST_MAX_REQUEST_BYTES must be at least MEDIAMON_INGEST_MAX_BODY_CHARS");
        }
        settings.validate();
        return new IngestConfig(kafka, http, maxBody, maxTitle, maxRequest, skew, maxAge, List.copyOf(feeds),
                interval);
    }
}
