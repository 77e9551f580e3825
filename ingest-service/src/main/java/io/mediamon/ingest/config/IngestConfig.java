package io.mediamon.ingest.config;

import io.mediamon.common.config.HttpSettings;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import io.mediamon.common.net.OutboundTargetPolicy;
import io.mediamon.ingest.source.FeedSpec;
import io.mediamon.ingest.source.FeedSpecs;
import io.mediamon.ingest.source.OpmlFeeds;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * @param feeds          RSS/Atom URLs to poll (from {@code feedSpecs})
 * @param feedInterval   default polling interval ({@code MEDIAMON_INGEST_FEED_INTERVAL})
 * @param feedSpecs      feeds with their outlet name and interval: {@code MEDIAMON_INGEST_FEEDS}
 *                       ({@code URL[|Outlet[|interval]]}, comma-separated) after {@code MEDIAMON_INGEST_FEEDS_OPML}
 * @param dropDirectory  watched drop folder ({@code MEDIAMON_INGEST_DROP_DIR}), may be null
 * @param dropInterval   how often the drop folder is scanned ({@code MEDIAMON_INGEST_DROP_INTERVAL})
 * @param outbound       which hosts feeds may be fetched from ({@code MEDIAMON_ALLOW_PRIVATE_TARGETS})
 * @param maxArticleBytes largest single-article request, and longest NDJSON line ({@code MEDIAMON_INGEST_MAX_ARTICLE_BYTES})
 * @param maxBatchLines  most lines in one NDJSON batch ({@code MEDIAMON_INGEST_MAX_BATCH_LINES})
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
        Duration feedInterval,
        List<FeedSpec> feedSpecs,
        Path dropDirectory,
        Duration dropInterval,
        OutboundTargetPolicy outbound,
        int maxArticleBytes,
        int maxBatchLines) {

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
        Duration interval = settings.duration("MEDIAMON_INGEST_FEED_INTERVAL", Duration.ofMinutes(5));
        if (interval.toMillis() < 100) {
            settings.problem("MEDIAMON_INGEST_FEED_INTERVAL must be at least 100ms");
        }
        List<String> problems = new ArrayList<>();
        List<FeedSpec> fromOpml = List.of();
        String opml = settings.string("MEDIAMON_INGEST_FEEDS_OPML", null);
        if (opml != null && !opml.isBlank()) {
            try {
                fromOpml = OpmlFeeds.read(Path.of(opml.strip()), interval, problems);
            } catch (IOException e) {
                problems.add("MEDIAMON_INGEST_FEEDS_OPML: " + e.getMessage());
            }
        }
        List<FeedSpec> fromList = new ArrayList<>();
        for (String feed : settings.list("MEDIAMON_INGEST_FEEDS", List.of())) {
            FeedSpec spec = FeedSpecs.parse(feed, interval, problems);
            if (spec != null) {
                fromList.add(spec);
            }
        }
        problems.forEach(settings::problem);
        List<FeedSpec> specs = FeedSpecs.merge(fromOpml, fromList);
        String drop = settings.string("MEDIAMON_INGEST_DROP_DIR", null);
        Path dropDirectory = drop == null || drop.isBlank() ? null : Path.of(drop.strip());
        if (dropDirectory != null && Files.exists(dropDirectory) && !Files.isDirectory(dropDirectory)) {
            settings.problem("MEDIAMON_INGEST_DROP_DIR: " + dropDirectory + " is not a directory");
        }
        Duration dropInterval = settings.duration("MEDIAMON_INGEST_DROP_INTERVAL", Duration.ofSeconds(2));
        if (dropInterval.toMillis() < 50) {
            settings.problem("MEDIAMON_INGEST_DROP_INTERVAL must be at least 50ms");
        }
        OutboundTargetPolicy outbound = OutboundTargetPolicy.from(settings);
        if (maxRequest < maxBody) {
            settings.problem("MEDIAMON_INGEST_MAX_REQUEST_BYTES must be at least MEDIAMON_INGEST_MAX_BODY_CHARS");
        }
        int maxArticle = settings.integer("MEDIAMON_INGEST_MAX_ARTICLE_BYTES", 1024 * 1024, 4_096,
                64 * 1024 * 1024);
        int maxLines = settings.integer("MEDIAMON_INGEST_MAX_BATCH_LINES", 10_000, 1, 1_000_000);
        if (maxRequest < maxArticle) {
            settings.problem("MEDIAMON_INGEST_MAX_REQUEST_BYTES must be at least MEDIAMON_INGEST_MAX_ARTICLE_BYTES");
        }
        settings.validate();
        return new IngestConfig(kafka, http, maxBody, maxTitle, maxRequest, skew, maxAge,
                specs.stream().map(FeedSpec::url).toList(), interval, List.copyOf(specs), dropDirectory, dropInterval,
                outbound, maxArticle, maxLines);
    }

    /** These settings with the feeds of an OPML file added (entries already configured keep their settings). */
    public IngestConfig withOpml(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        List<FeedSpec> read = OpmlFeeds.read(file, feedInterval, problems);
        if (!problems.isEmpty()) {
            throw new IOException(String.join("; ", problems));
        }
        List<FeedSpec> specs = FeedSpecs.merge(read, feedSpecs);
        return new IngestConfig(kafka, http, maxBodyChars, maxTitleChars, maxBatchBytes, maxFutureSkew,
                oldestAccepted, specs.stream().map(FeedSpec::url).toList(), feedInterval, List.copyOf(specs),
                dropDirectory, dropInterval, outbound, maxArticleBytes, maxBatchLines);
    }

    /** These settings with a watched drop folder. */
    public IngestConfig withDropDirectory(Path directory) {
        return new IngestConfig(kafka, http, maxBodyChars, maxTitleChars, maxBatchBytes, maxFutureSkew,
                oldestAccepted, feeds, feedInterval, feedSpecs, directory, dropInterval, outbound, maxArticleBytes,
                maxBatchLines);
    }
}
