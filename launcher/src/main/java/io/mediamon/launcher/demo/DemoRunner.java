package io.mediamon.launcher.demo;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.source.FileSource;
import io.mediamon.lab.synthetic.SyntheticArticles;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.client.IngestClient;
import io.mediamon.launcher.client.TopicReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The demo: sends ingest-service, over HTTP, a steady baseline of synthetic coverage of one watched entity over
 * the past days (oldest first, by slices of event time each analysed before the next, so the alert service sees it
 * in event-time order within its grace period), then the seeds, then a burst of coverage in the current hour, and
 * reports what the pipeline made of it.
 */
public final class DemoRunner {
    /** The watched entity the synthetic burst is about, as named in the gazetteer and default watchlist. */
    public static final String BURST_ENTITY = "TikTok";
    public static final String BURST_ENTITY_ID = "Q48938223";
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Event time covered by each slice of the baseline backfill: well within the demo's one-day grace period. */
    private static final Duration BACKFILL_SLICE = Duration.ofHours(12);

    private final Pipeline pipeline;
    private final KafkaSettings kafka;
    private final PrintStream out;

    public DemoRunner(Pipeline pipeline, Settings settings, String bootstrapServers, PrintStream out) {
        this.pipeline = pipeline;
        this.kafka = KafkaSettings.from(settings, bootstrapServers);
        this.out = out;
    }

    /** Runs the demo and returns the report (also printed). */
    public Map<String, Object> run(Path seeds, int historyHours, double perHour, int burst)
            throws IOException, InterruptedException {
        IngestClient client = IngestClient.local(pipeline.ingest().port());
        List<ArticleSubmission> seedArticles = readSeeds(seeds);
        Instant now = Instant.now();
        long nonce = now.toEpochMilli();
        List<Instant> times = SyntheticArticles.steadyFlow(now, historyHours, perHour, nonce);
        List<ArticleSubmission> history = SyntheticArticles.about(BURST_ENTITY, times, nonce, "wire");
        long analysing = System.nanoTime();
        List<String> historyIds = sendBackfill(client, history, times, historyHours);
        int baselineTagged = readTagged(historyIds, 0).size();
        out.printf("the baseline was analysed in %.1f s (%d of %d tagged)%n",
                (System.nanoTime() - analysing) / 1e9, baselineTagged, historyIds.size());
        List<String> seedIds = IngestClient.acceptedIds(client.postBatch(seedArticles));
        out.printf("sent %d seed articles to ingest-service over HTTP%n", seedIds.size());
        List<ArticleSubmission> spike = SyntheticArticles.about(BURST_ENTITY, SyntheticArticles.burst(now, burst),
                nonce + 1, "burst");
        List<String> burstIds = IngestClient.acceptedIds(client.postBatch(spike));
        out.printf("sent a burst of %d articles about %s in the current hour%n", burstIds.size(), BURST_ENTITY);

        List<String> awaited = new ArrayList<>(seedIds);
        awaited.addAll(burstIds);
        Map<String, TaggedArticle> byId = readTagged(awaited, historyIds.size());
        List<TaggedArticle> tagged = seedsTagged(seedIds, byId);
        List<AlertEvent> alerts = awaitAlerts();
        if (alerts.stream().noneMatch(a -> BURST_ENTITY_ID.equals(a.subject()))) {
            out.printf("WARNING: no alert about %s within %s%n", BURST_ENTITY, WAIT);
            out.print(BurstDiagnosis.of(burstIds, byId, BURST_ENTITY_ID)
                    .describe(pipeline.alert().port(), now.truncatedTo(ChronoUnit.HOURS)));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("synthetic", Map.of("entity", BURST_ENTITY, "baselineArticles", historyIds.size(),
                "baselineHours", historyHours, "burstArticles", burstIds.size()));
        out.print(DemoReport.text(tagged, alerts));
        return DemoReport.json(tagged, alerts, extra);
    }

    /**
     * Sends the baseline by slices of event time, each analysed before the next is sent, and returns the accepted
     * ids (the caller waits for the last slice). Sent at once, a backfill crosses analysis-service's partitions and
     * its internal repartitions at different speeds, so its mentions reach alert-service in an order scrambled over
     * all its days: a day's grace cannot absorb that, and the oldest hours would count as late (measured: 36 of 110 in one run) or, if a recent mention
     * came first, the entity would start with too little history to judge the burst by.
     */
    private List<String> sendBackfill(IngestClient client, List<ArticleSubmission> history, List<Instant> times,
                                      int hours) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        int slices = 0;
        for (int from = 0; from < history.size(); slices++) {
            long sliceEnd = times.get(from).toEpochMilli() + BACKFILL_SLICE.toMillis();
            int to = from;
            while (to < history.size() && times.get(to).toEpochMilli() < sliceEnd) {
                to++;
            }
            for (int batch = from; batch < to; batch += 100) {
                ids.addAll(IngestClient.acceptedIds(client.postBatch(history.subList(batch,
                        Math.min(to, batch + 100)))));
            }
            if (to < history.size()) {
                readTagged(ids, 0);   // the caller waits for the last slice, with the whole baseline
            }
            from = to;
        }
        out.printf("sent %d synthetic articles about %s spread over the past %d hours (the baseline), in %d slices"
                + " of %d h, each analysed before the next%n", ids.size(), BURST_ENTITY, hours, slices,
                BACKFILL_SLICE.toHours());
        return ids;
    }

    private List<TaggedArticle> seedsTagged(List<String> seedIds, Map<String, TaggedArticle> byId) {
        List<TaggedArticle> seeds = new ArrayList<>();
        for (String id : seedIds) {
            if (byId.containsKey(id)) {
                seeds.add(byId.get(id));
            } else {
                out.printf("WARNING: seed %s was not tagged within %s%n", id, WAIT);
            }
        }
        return seeds;
    }

    /** Reads the tagged topic until all of {@code ids} and {@code others} more are there, or the wait is over. */
    private Map<String, TaggedArticle> readTagged(List<String> ids, int others) {
        Set<String> wanted = Set.copyOf(ids);
        try (TopicReader<TaggedArticle> reader = new TopicReader<>(kafka, kafka.topics().articlesTagged())) {
            List<ConsumerRecord<String, TaggedArticle>> records = reader.readUntil(all -> {
                Set<String> keys = all.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
                return keys.size() >= wanted.size() + others && keys.containsAll(wanted);
            }, WAIT);
            Map<String, TaggedArticle> byId = new HashMap<>();
            records.stream().filter(r -> wanted.contains(r.key())).forEach(r -> byId.put(r.key(), r.value()));
            return byId;
        }
    }

    private List<AlertEvent> awaitAlerts() {
        try (TopicReader<AlertEvent> reader = new TopicReader<>(kafka, kafka.topics().alerts())) {
            return reader.readUntil(all -> all.stream().anyMatch(r -> BURST_ENTITY_ID.equals(r.key())), WAIT)
                    .stream().map(ConsumerRecord::value).toList();
        }
    }

    static List<ArticleSubmission> readSeeds(Path seeds) throws IOException {
        List<ArticleSubmission> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(FileSource.textArticle(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no .txt seed articles in " + seeds);
        }
        return out;
    }

    public static void writeReport(Map<String, Object> report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
    }
}
