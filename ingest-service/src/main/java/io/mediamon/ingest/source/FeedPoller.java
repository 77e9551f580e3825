package io.mediamon.ingest.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.FeedState;
import io.mediamon.common.net.SafeHttpClient;
import io.mediamon.common.net.UrlRedaction;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.publish.IngestPipeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS/Atom feeds, each at its own interval, with conditional GET (ETag, If-Modified-Since) through the
 * outbound guard (every redirect hop re-checked against private addresses). Items are marked seen only once
 * Kafka has acknowledged them (or their dead letter); seen items and validators are then written to the
 * compacted feed-state topic, so a restart republishes nothing.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    static final int MAX_SEEN_PER_FEED = 5_000;

    private final IngestPipeline pipeline;
    private final SafeHttpClient http;
    private final FeedStateStore store;
    private final FeedHealth health;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<URI, Memory> memory = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    /**
     * @param store where feed state lasts; null keeps it in memory only (tests of the mapping)
     */
    public FeedPoller(IngestPipeline pipeline, SafeHttpClient http, FeedStateStore store, FeedHealth health,
                      MeterRegistry registry, Clock clock) {
        this.pipeline = pipeline;
        this.http = http;
        this.store = store;
        this.health = health;
        this.registry = registry;
        this.clock = clock;
    }

    /** Restores the feeds' state, then polls every feed now and on its interval, until closed. */
    public void start(List<FeedSpec> feeds) {
        if (feeds.isEmpty()) {
            return;
        }
        restore(feeds);
        scheduler = Executors.newScheduledThreadPool(Math.min(4, feeds.size()), r -> {
            Thread thread = new Thread(r, "feed-poller");
            thread.setDaemon(true);
            return thread;
        });
        for (FeedSpec feed : feeds) {
            scheduler.scheduleWithFixedDelay(() -> pollQuietly(feed), 0, feed.interval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Reads the feed-state topic; the seen items and validators of each configured feed are taken back. */
    public void restore(List<FeedSpec> feeds) {
        Map<String, FeedState> states = store == null ? Map.of() : store.load();
        for (FeedSpec feed : feeds) {
            FeedHealth.Stats stats = health.register(feed);
            FeedState state = states.get(feed.url().toString());
            Memory remembered = memoryOf(feed.url());
            if (state != null) {
                synchronized (remembered) {
                    remembered.etag = state.etag();
                    remembered.lastModified = state.lastModified();
                    remembered.seen.addAll(state.seenItems());
                }
                stats.restored(state.lastSuccess(), state.lastNewItem());
            }
        }
    }

    private Memory memoryOf(URI feed) {
        return memory.computeIfAbsent(feed, url -> new Memory());
    }

    private void pollQuietly(FeedSpec feed) {
        try {
            poll(feed);
        } catch (IOException | RuntimeException e) {
            LOG.warn("feed {} failed: {}", UrlRedaction.url(feed.url()), UrlRedaction.text(String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One conditional GET of one feed; publishes the items not seen before. */
    public ImportReport poll(FeedSpec feed) throws IOException, InterruptedException {
        FeedHealth.Stats stats = health.register(feed);
        Memory remembered = memoryOf(feed.url());
        synchronized (remembered) {
            try {
                ImportReport report = fetchAndPublish(feed, remembered, stats);
                return report;
            } catch (IOException | RuntimeException e) {
                stats.failed(UrlRedaction.text(String.valueOf(e.getMessage())));
                outcome("error");
                throw e;
            }
        }
    }

    private ImportReport fetchAndPublish(FeedSpec feed, Memory remembered, FeedHealth.Stats stats)
            throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9,"
                + " text/xml;q=0.9, */*;q=0.5");
        if (remembered.etag != null) {
            headers.put("If-None-Match", remembered.etag);
        }
        if (remembered.lastModified != null) {
            headers.put("If-Modified-Since", remembered.lastModified);
        }
        SafeHttpClient.Response response = http.send(SafeHttpClient.Request.get(feed.url(), headers));
        if (response.status() == 304) {
            outcome("not_modified");
            stats.succeeded(0);
            return new ImportReport(List.of(), 0);
        }
        if (response.status() != 200) {
            outcome("http_" + response.status());
            throw new IOException("feed answered HTTP " + response.status());
        }
        SyndFeed parsed;
        try {
            parsed = parse(response.body(), response.header("Content-Type").orElse(null));
        } catch (FeedException | IllegalArgumentException e) {
            outcome("unparseable");
            await(List.of(pipeline.deadLetter("rss", UrlRedaction.url(feed.url()),
                    new String(response.body(), 0, Math.min(response.body().length, 4096), StandardCharsets.UTF_8),
                    "feed is not valid RSS or Atom: " + e.getMessage())));
            throw new IOException("feed is not valid RSS or Atom: " + e.getMessage(), e);
        }
        outcome("fetched");
        ImportReport report = publishNew(feed, parsed, remembered);
        String etag = response.header("ETag").orElse(null);
        String lastModified = response.header("Last-Modified").orElse(null);
        boolean changed = report.publishedIds().size() + report.rejected() > 0
                || !java.util.Objects.equals(etag, remembered.etag)
                || !java.util.Objects.equals(lastModified, remembered.lastModified);
        remembered.etag = etag;
        remembered.lastModified = lastModified;
        stats.succeeded(report.publishedIds().size() + report.rejected());
        if (changed) {
            persist(feed, remembered, stats);
        }
        return report;
    }

    /**
     * Parses a feed in any dialect Rome reads, honouring the declared encoding (XML declaration, then the
     * Content-Type charset). Doctypes are allowed for RSS 0.91's Netscape DTD; external entities are not resolved.
     */
    static SyndFeed parse(byte[] body, String contentType) throws IOException, FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        input.setAllowDoctypes(true);
        input.setXmlHealerOn(true);
        return input.build(new XmlReader(new ByteArrayInputStream(body), contentType, true));
    }

    private ImportReport publishNew(FeedSpec feed, SyndFeed parsed, Memory remembered) throws IOException,
            InterruptedException {
        List<SyndEntry> entries = new ArrayList<>(parsed.getEntries());
        Collections.reverse(entries); // feeds list newest first; publish in the order the items appeared
        Map<String, CompletableFuture<Article>> published = new LinkedHashMap<>();
        Map<String, CompletableFuture<?>> refused = new LinkedHashMap<>();
        for (SyndEntry entry : entries) {
            String itemKey = FeedItems.key(entry);
            if (remembered.seen.contains(itemKey) || published.containsKey(itemKey) || refused.containsKey(itemKey)) {
                continue;
            }
            ArticleSubmission submission = FeedItems.toSubmission(entry, parsed, feed);
            IngestPipeline.Outcome outcome = pipeline.submit(submission, "rss");
            if (outcome.accepted()) {
                published.put(itemKey, outcome.published());
            } else {
                refused.put(itemKey, pipeline.deadLetter("rss", UrlRedaction.url(feed.url()) + "|" + itemKey,
                        String.valueOf(submission.title()), outcome.validated().reasonText()));
            }
        }
        List<String> ids = new ArrayList<>();
        IOException failure = null;
        for (Map.Entry<String, CompletableFuture<Article>> item : published.entrySet()) {
            try {
                ids.add(item.getValue().get(60, TimeUnit.SECONDS).id());
                remembered.remember(item.getKey());
            } catch (ExecutionException | TimeoutException e) {
                failure = new IOException("Kafka did not acknowledge a feed item: " + e.getMessage(), e);
            }
        }
        for (Map.Entry<String, CompletableFuture<?>> item : refused.entrySet()) {
            try {
                item.getValue().get(60, TimeUnit.SECONDS);
                remembered.remember(item.getKey());
            } catch (ExecutionException | TimeoutException e) {
                failure = new IOException("Kafka did not acknowledge a dead letter: " + e.getMessage(), e);
            }
        }
        if (failure != null) {
            throw failure; // unacknowledged items stay unseen and are tried again on the next poll
        }
        return new ImportReport(ids, refused.size());
    }

    private void persist(FeedSpec feed, Memory remembered, FeedHealth.Stats stats) throws IOException,
            InterruptedException {
        if (store == null) {
            return;
        }
        try {
            store.save(new FeedState(feed.url().toString(), remembered.etag, remembered.lastModified,
                    new ArrayList<>(remembered.seen), stats.lastSuccess(), stats.lastNewItem(), clock.instant()));
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("feed state was not saved: " + e.getMessage(), e);
        }
    }

    private static void await(List<CompletableFuture<?>> futures) throws IOException, InterruptedException {
        for (CompletableFuture<?> future : futures) {
            try {
                future.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("Kafka did not acknowledge: " + e.getMessage(), e);
            }
        }
    }

    private void outcome(String outcome) {
        Counter.builder("mediamon.feed.polls").description("Feed polls by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    public FeedHealth health() {
        return health;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What one feed's poller remembers; guarded by its own monitor. */
    private static final class Memory {
        private String etag;
        private String lastModified;
        private final LinkedHashSet<String> seen = new LinkedHashSet<>();

        void remember(String key) {
            seen.add(key);
            while (seen.size() > MAX_SEEN_PER_FEED) {
                seen.remove(seen.iterator().next());
            }
        }
    }

}
