package io.mediamon.alert.config;

import io.mediamon.common.config.HttpSettings;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.net.UrlRedaction;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * alert-service settings.
 *
 * @param watchlist        entities watched from the start ({@code MEDIAMON_WATCHLIST}: {@code id[:name[:sensitivity]]},
 *                         comma-separated); the watchlist topic and HTTP API change it at runtime
 * @param bucket           width of the counting window ({@code MEDIAMON_ALERT_BUCKET})
 * @param grace            how late a mention may arrive and still count ({@code MEDIAMON_ALERT_GRACE})
 * @param cooldown         quiet time before an open alert resolves ({@code MEDIAMON_ALERT_COOLDOWN})
 * @param updateInterval   least time between two updates of one open alert ({@code MEDIAMON_ALERT_UPDATE_INTERVAL})
 * @param earlyFraction    share of a window that must have elapsed before it can fire early
 *                         ({@code MEDIAMON_ALERT_EARLY_FRACTION})
 * @param minCount         fewest unique stories that can make a spike ({@code MEDIAMON_ALERT_MIN_COUNT})
 * @param minHistory       windows of history an entity needs before it can alert, while its baseline is learnt
 *                         ({@code MEDIAMON_ALERT_MIN_HISTORY})
 * @param webhooks         URLs that receive every alert event ({@code MEDIAMON_WEBHOOKS})
 * @param slackWebhooks    Slack incoming-webhook URLs ({@code MEDIAMON_SLACK_WEBHOOKS})
 * @param webhookAttempts  delivery attempts before a failure is recorded ({@code MEDIAMON_WEBHOOK_ATTEMPTS})
 * @param webhookBackoff   first retry delay, doubled each attempt ({@code MEDIAMON_WEBHOOK_BACKOFF})
 * @param delivery         signing keys, outbound policy, timeouts, circuit breaker and SSE limits
 * @param sentiment        sentiment-shift thresholds ({@code MEDIAMON_ALERT_SENTIMENT_*})
 * @param drop             thresholds of drop alerts, for watch rules with {@code alertOnDrop}
 *                         ({@code MEDIAMON_ALERT_DROP_*})
 * @param historyRetention how long the query API's windowed stores keep history ({@code MEDIAMON_ALERT_HISTORY_RETENTION})
 * @param advertisedUrl    base URL other instances reach this one at, for query routing
 *                         ({@code MEDIAMON_ALERT_ADVERTISED_URL}; null: single instance, no forwarding)
 * @param cloudEventsMode  Kafka binding of CloudEvents on the alerts topic ({@code MEDIAMON_ALERT_CLOUDEVENTS_MODE})
 */
public record AlertConfig(
        KafkaSettings kafka,
        HttpSettings http,
        String applicationId,
        Path stateDir,
        int threads,
        List<WatchRule> watchlist,
        Duration bucket,
        Duration grace,
        Duration cooldown,
        Duration updateInterval,
        double earlyFraction,
        int minCount,
        int minHistory,
        List<URI> webhooks,
        List<URI> slackWebhooks,
        int webhookAttempts,
        Duration webhookBackoff,
        DeliverySettings delivery,
        SentimentThresholds sentiment,
        DropThresholds drop,
        Duration historyRetention,
        URI advertisedUrl,
        CloudEventsMode cloudEventsMode) {

    /** Structured mode: the whole CloudEvent as JSON value; binary mode: {@code ce_*} headers and the alert as value. */
    public enum CloudEventsMode { STRUCTURED, BINARY }

    /**
     * When the mean sentiment of a closed window counts as a sharp turn.
     *
     * @param minStories    fewest unique stories in a window before its sentiment is judged
     * @param warmupWindows windows with enough stories the baseline needs first
     * @param deviations    baseline deviations the window mean must lie from the usual mean
     * @param minDelta      least absolute change of the mean, on the [-1, 1] scale
     * @param alpha         weight of the newest window in the baseline
     */
    public record SentimentThresholds(int minStories, int warmupWindows, double deviations, double minDelta,
                                      double alpha) {
    }

    /**
     * When a closed window's coverage counts as vanished.
     *
     * @param minExpected  least expected count for a drop to mean anything
     * @param maxTail      largest Poisson probability of seeing so few stories given the expectation
     */
    public record DropThresholds(double minExpected, double maxTail) {
    }

    public static final int DEFAULT_PORT = 8083;
    public static final String DEFAULT_WATCHLIST =
            "Q148:China,Q30:United States,Q48938223:TikTok,Q55606238:ByteDance";

    public static AlertConfig load(Settings settings, String defaultBootstrap) {
        KafkaSettings kafka = KafkaSettings.from(settings, defaultBootstrap);
        HttpSettings http = HttpSettings.from(settings, "MEDIAMON_ALERT_PORT", DEFAULT_PORT);
        String applicationId = settings.string("MEDIAMON_ALERT_APPLICATION_ID", "mediamon-alert");
        Path stateDir = Path.of(settings.string("MEDIAMON_ALERT_STATE_DIR",
                System.getProperty("java.io.tmpdir") + "/mediamon-state"));
        int threads = settings.integer("MEDIAMON_ALERT_THREADS", 1, 1, 64);
        List<WatchRule> watchlist = parseWatchlist(settings,
                settings.list("MEDIAMON_WATCHLIST", List.of(DEFAULT_WATCHLIST.split(","))));
        Duration bucket = settings.duration("MEDIAMON_ALERT_BUCKET", Duration.ofHours(1));
        Duration grace = settings.duration("MEDIAMON_ALERT_GRACE", Duration.ofMinutes(10));
        Duration cooldown = settings.duration("MEDIAMON_ALERT_COOLDOWN", Duration.ofHours(2));
        Duration update = settings.duration("MEDIAMON_ALERT_UPDATE_INTERVAL", Duration.ofSeconds(30));
        double early = settings.decimal("MEDIAMON_ALERT_EARLY_FRACTION", 0.0, 0.0, 1.0);
        int minCount = settings.integer("MEDIAMON_ALERT_MIN_COUNT", 5, 1, 1_000_000);
        int minHistory = settings.integer("MEDIAMON_ALERT_MIN_HISTORY", 24, 0, 100_000);
        List<URI> webhooks = urls(settings, "MEDIAMON_WEBHOOKS");
        List<URI> slack = urls(settings, "MEDIAMON_SLACK_WEBHOOKS");
        DeliverySettings delivery = DeliverySettings.from(settings, webhooks, slack);
        int attempts = settings.integer("MEDIAMON_WEBHOOK_ATTEMPTS", 5, 1, 20);
        Duration backoff = settings.duration("MEDIAMON_WEBHOOK_BACKOFF", Duration.ofMillis(500));
        SentimentThresholds sentiment = new SentimentThresholds(
                settings.integer("MEDIAMON_ALERT_SENTIMENT_MIN_STORIES", 3, 1, 1_000_000),
                settings.integer("MEDIAMON_ALERT_SENTIMENT_WARMUP", 6, 0, 100_000),
                settings.decimal("MEDIAMON_ALERT_SENTIMENT_DEVIATIONS", 3.0, 0.1, 100.0),
                settings.decimal("MEDIAMON_ALERT_SENTIMENT_MIN_DELTA", 0.3, 0.0, 2.0),
                settings.decimal("MEDIAMON_ALERT_SENTIMENT_ALPHA", 0.1, 0.001, 1.0));
        DropThresholds drop = new DropThresholds(
                settings.decimal("MEDIAMON_ALERT_DROP_MIN_EXPECTED", 3.0, 0.1, 1_000_000.0),
                settings.decimal("MEDIAMON_ALERT_DROP_MAX_TAIL", 0.001, 1e-12, 0.5));
        Duration retention = settings.duration("MEDIAMON_ALERT_HISTORY_RETENTION", Duration.ofDays(90));
        URI advertised = null;
        String advertisedText = settings.string("MEDIAMON_ALERT_ADVERTISED_URL", null);
        if (advertisedText != null) {
            try {
                advertised = URI.create(advertisedText);
                if (!"http".equals(advertised.getScheme()) && !"https".equals(advertised.getScheme())
                        || advertised.getHost() == null || advertised.getPort() < 0) {
                    settings.problem("MEDIAMON_ALERT_ADVERTISED_URL must be http(s)://host:port, got " + advertisedText);
                    advertised = null;
                }
            } catch (IllegalArgumentException e) {
                settings.problem("MEDIAMON_ALERT_ADVERTISED_URL is not a URL: " + advertisedText);
            }
        }
        String mode = settings.string("MEDIAMON_ALERT_CLOUDEVENTS_MODE", "structured").trim().toUpperCase(Locale.ROOT);
        CloudEventsMode cloudEvents = CloudEventsMode.STRUCTURED;
        try {
            cloudEvents = CloudEventsMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            settings.problem("MEDIAMON_ALERT_CLOUDEVENTS_MODE must be structured or binary, got " + mode);
        }
        if (retention.compareTo(bucket.multipliedBy(2)) < 0) {
            settings.problem("MEDIAMON_ALERT_HISTORY_RETENTION must be at least two buckets");
        }
        if (bucket.toSeconds() < 1) {
            settings.problem("MEDIAMON_ALERT_BUCKET must be at least 1s");
        }
        settings.validate();
        return new AlertConfig(kafka, http, applicationId, stateDir, threads, watchlist, bucket, grace, cooldown,
                update, early, minCount, minHistory, webhooks, slack, attempts, backoff, delivery, sentiment, drop,
                retention, advertised, cloudEvents);
    }

    static List<WatchRule> parseWatchlist(Settings settings, List<String> entries) {
        List<WatchRule> rules = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split(":");
            String id = parts[0].trim();
            String name = parts.length > 1 ? parts[1].trim() : id;
            double sensitivity = 1.0;
            if (parts.length > 2) {
                try {
                    sensitivity = Double.parseDouble(parts[2].trim());
                } catch (NumberFormatException e) {
                    settings.problem("MEDIAMON_WATCHLIST entry '" + entry + "': sensitivity is not a number");
                }
            }
            if (id.isEmpty()) {
                settings.problem("MEDIAMON_WATCHLIST entry '" + entry + "' has no entity id");
            } else if (!(sensitivity >= 0.1 && sensitivity <= 10)) {
                settings.problem("MEDIAMON_WATCHLIST entry '" + entry + "': sensitivity must be in [0.1, 10]");
            } else {
                rules.add(new WatchRule(id, name, sensitivity, true));
            }
        }
        return List.copyOf(rules);
    }

    private static List<URI> urls(Settings settings, String name) {
        List<URI> out = new ArrayList<>();
        for (String value : settings.list(name, List.of())) {
            try {
                URI uri = URI.create(value);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    settings.problem(name + ": " + UrlRedaction.text(value) + " is not an http(s) URL");
                } else {
                    out.add(uri);
                }
            } catch (IllegalArgumentException e) {
                settings.problem(name + ": an entry is not a URL");
            }
        }
        return List.copyOf(out);
    }

    public AlertConfig withKafka(KafkaSettings newKafka) {
        return new AlertConfig(newKafka, http, applicationId, stateDir, threads, watchlist, bucket, grace, cooldown,
                updateInterval, earlyFraction, minCount, minHistory, webhooks, slackWebhooks, webhookAttempts,
                webhookBackoff, delivery, sentiment, drop, historyRetention, advertisedUrl, cloudEventsMode);
    }
}
