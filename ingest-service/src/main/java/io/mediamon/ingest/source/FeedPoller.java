package io.mediamon.ingest.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.mediamon.common.event.Article;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.publish.IngestPipeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS/Atom feeds with conditional GET (ETag, If-Modified-Since) and publishes each new item once.
 * An item that fails validation goes to the dead-letter topic with the reason.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int MAX_REMEMBERED_ITEMS = 100_000;

    private final IngestPipeline pipeline;
    private final HttpClient http;
    private final MeterRegistry registry;
    private final Map<URI, Validators> validators = new ConcurrentHashMap<>();
    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_REMEMBERED_ITEMS;
        }
    };
    private ScheduledExecutorService scheduler;

    public FeedPoller(IngestPipeline pipeline, MeterRegistry registry) {
        this.pipeline = pipeline;
        this.registry = registry;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Polls every feed now and then on the interval, until closed. */
    public void start(List<URI> feeds, Duration interval) {
        if (feeds.isEmpty()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "feed-poller");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> feeds.forEach(this::pollQuietly), 0, interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void pollQuietly(URI feed) {
        try {
            poll(feed);
        } catch (IOException | RuntimeException e) {
            LOG.warn("feed {} failed: {}", feed, e.getMessage());
            outcome(feed, "error");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One conditional GET of one feed; publishes the items not seen before. */
    public synchronized ImportReport poll(URI feed) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
                .header("User-Agent", "mediamon-ingest/0.1");
        Validators known = validators.get(feed);
        if (known != null) {
            if (known.etag() != null) {
                request.header("If-None-Match", known.etag());
            }
            if (known.lastModified() != null) {
                request.header("If-Modified-Since", known.lastModified());
            }
        }
        HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 304) {
            outcome(feed, "not_modified");
            return new ImportReport(List.of(), 0);
        }
        if (response.statusCode() != 200) {
            outcome(feed, "http_" + response.statusCode());
            throw new IOException("feed " + feed + " answered HTTP " + response.statusCode());
        }
        validators.put(feed, new Validators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null)));
        SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
        } catch (FeedException | IllegalArgumentException e) {
            outcome(feed, "unparseable");
            pipeline.deadLetter("rss", feed.toString(), new String(response.body(), 0,
                    Math.min(response.body().length, 4096), java.nio.charset.StandardCharsets.UTF_8),
                    "feed is not valid RSS or Atom: " + e.getMessage());
            return new ImportReport(List.of(), 1);
        }
        outcome(feed, "fetched");
        return publishNew(feed, parsed);
    }

    private ImportReport publishNew(URI feed, SyndFeed parsed) throws IOException {
        List<CompletableFuture<Article>> published = new ArrayList<>();
        int rejected = 0;
        for (SyndEntry entry : parsed.getEntries()) {
            String itemKey = feed + "|" + (entry.getUri() != null ? entry.getUri() : entry.getLink());
            if (seen.containsKey(itemKey)) {
                continue;
            }
            ArticleSubmission submission = toSubmission(entry, parsed);
            IngestPipeline.Outcome outcome = pipeline.submit(submission, "rss");
            seen.put(itemKey, Boolean.TRUE);
            if (outcome.accepted()) {
                published.add(outcome.published());
            } else {
                rejected++;
                pipeline.deadLetter("rss", itemKey, String.valueOf(entry.getTitle()),
                        outcome.validated().reasonText());
            }
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<Article> future : published) {
            try {
                ids.add(future.get().id());
            } catch (ExecutionException e) {
                throw new IOException("Kafka did not acknowledge a feed item: " + e.getCause().getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return new ImportReport(ids, rejected);
    }

    static ArticleSubmission toSubmission(SyndEntry entry, SyndFeed feed) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            html.append(content.getValue()).append('\n');
        }
        if (html.length() == 0 && entry.getDescription() != null) {
            html.append(entry.getDescription().getValue());
        }
        String body = Jsoup.parse(html.toString()).wholeText().strip();
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String outlet = feed.getTitle();
        return new ArticleSubmission(entry.getTitle(), body, entry.getLink(), outlet, entry.getAuthor(),
                feed.getLanguage(), date == null ? null : date.toInstant().toString());
    }

    private void outcome(URI feed, String outcome) {
        Counter.builder("mediamon.feed.polls").description("Feed polls by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private record Validators(String etag, String lastModified) {
    }
}
