package io.mediamon.launcher.bench;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.lab.synthetic.SyntheticArticles;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.cli.KafkaTarget;
import io.mediamon.launcher.cli.LaunchSettings;
import io.mediamon.launcher.client.IngestClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediamon bench-alerts}: how long from ingesting the article that makes a spike to the alert being on
 * the alerts topic, as a read_committed subscriber sees it. Each of several watched entities gets a two-day
 * baseline, then burst articles one at a time; the alert's count says which article tipped it.
 */
@Command(name = "bench-alerts", mixinStandardHelpOptions = true,
        description = "Measure ingest-to-alert latency on the embedded broker. Prints one JSON line.")
public final class AlertLatencyCommand implements Callable<Integer> {
    private static final String[] NAMES = {"Alphacorp", "Bravotron", "Charlix", "Deltavia", "Echonet", "Foxtrix",
        "Golfora", "Hotelia", "Indigon", "Julietta", "Kilomax", "Limatek", "Mikronis", "Novembra", "Oscarion",
        "Papaya Labs", "Quebecor Digital", "Romeon", "Sierrabyte", "Tangolia"};

    @Option(names = "--entities", defaultValue = "10", description = "Watched entities (spikes). Max 20.")
    int entities;

    @Option(names = "--baseline-hours", defaultValue = "48", description = "Hours of baseline per entity.")
    int baselineHours;

    @Option(names = "--gap-ms", defaultValue = "250", description = "Time between burst articles.")
    int gapMs;

    @Option(names = "--limit-ms", defaultValue = "1000", description = "The p99 the alert path must stay under.")
    long limitMs;

    @Override
    public Integer call() throws Exception {
        int n = Math.min(entities, NAMES.length);
        Path root = Files.createTempDirectory("mediamon-alert-bench-");
        Path gazetteer = root.resolve("bench-gazetteer.tsv");
        StringBuilder tsv = new StringBuilder();
        StringBuilder watch = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String id = "bench-" + NAMES[i].toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            tsv.append(id).append('\t').append(NAMES[i]).append("\tcompany\t-\t\n");
            watch.append(i == 0 ? "" : ",").append(id).append(':').append(NAMES[i]);
        }
        Files.writeString(gazetteer, tsv.toString(), StandardCharsets.UTF_8);
        Map<String, String> overrides = Map.of("MEDIAMON_TOPIC_PARTITIONS", "1", "MEDIAMON_GAZETTEER",
                gazetteer.toString(), "MEDIAMON_WATCHLIST", watch.toString(), "MEDIAMON_INGEST_PORT", "0",
                "MEDIAMON_ANALYSIS_PORT", "0", "MEDIAMON_ALERT_PORT", "0");
        try (KafkaTarget kafka = KafkaTarget.resolve(System.getenv(), root.resolve("kafka"), 0);
             Pipeline pipeline = Pipeline.start(LaunchSettings.forRun(System.getenv(), root.resolve("state"),
                     overrides), kafka.bootstrapServers())) {
            KafkaSettings settings = KafkaSettings.from(LaunchSettings.forRun(System.getenv(), null, overrides),
                    kafka.bootstrapServers());
            IngestClient client = IngestClient.local(pipeline.ingest().port());
            Instant now = Instant.now();
            int baseline = sendBaseline(client, n, now);
            awaitTagged(settings, baseline);
            LatencyRecorder latencies = new LatencyRecorder();
            int alerted = measureBursts(client, settings, n, now, latencies);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("entities", n);
            figures.put("baseline_articles", baseline);
            figures.put("alerts", alerted);
            figures.put("alert_latency_p50_ms", latencies.percentile(50));
            figures.put("alert_latency_p99_ms", latencies.percentile(99));
            figures.put("alert_latency_max_ms", latencies.percentile(100));
            figures.put("limit_p99_ms", limitMs);
            figures.put("within_limit", latencies.size() > 0 && latencies.percentile(99) < limitMs);
            System.out.println(Json.mapper().writeValueAsString(figures));
            return alerted == n ? 0 : 1;
        }
    }

    private int sendBaseline(IngestClient client, int n, Instant now) throws Exception {
        List<ArticleSubmission> history = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            history.addAll(SyntheticArticles.about(NAMES[i], SyntheticArticles.steadyFlow(now, baselineHours, 1.5,
                    i + 1L), i + 1L, "base"));
        }
        history.sort(Comparator.comparing(a -> Instant.parse(a.publishedAt())));
        for (int from = 0; from < history.size(); from += 200) {
            IngestClient.acceptedIds(client.postBatch(history.subList(from, Math.min(history.size(), from + 200))));
        }
        return history.size();
    }

    private static void awaitTagged(KafkaSettings kafka, int expected) throws IOException {
        OutputRate<TaggedArticle> tagged = new OutputRate<>(kafka, kafka.topics().articlesTagged().name(),
                kafka.topics().articlesTagged().valueSerde().deserializer());
        if (tagged.await(expected, Duration.ofMinutes(5), null, null).received() < expected) {
            throw new IOException("the baseline was not tagged in time");
        }
    }

    /** Sends each entity's burst one article at a time and times the open alert against its trigger. */
    private int measureBursts(IngestClient client, KafkaSettings kafka, int n, Instant now,
                              LatencyRecorder latencies) throws Exception {
        Map<String, Long> openedAt = new ConcurrentHashMap<>();
        Map<String, Long> counts = new ConcurrentHashMap<>();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        java.util.concurrent.atomic.AtomicBoolean watching = new java.util.concurrent.atomic.AtomicBoolean(true);
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "mediamon-alert-bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        watcher.submit(() -> {
            try (KafkaConsumer<String, AlertEvent> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                    kafka.topics().alerts().valueSerde().deserializer())) {
                consumer.subscribe(Set.of(kafka.topics().alerts().name()));
                while (watching.get()) {
                    for (ConsumerRecord<String, AlertEvent> record : consumer.poll(Duration.ofMillis(20))) {
                        if ("open".equals(record.value().data().status().wire())) {
                            openedAt.putIfAbsent(record.key(), System.currentTimeMillis());
                            counts.putIfAbsent(record.key(), record.value().data().count());
                        }
                    }
                }
            }
            return null;
        });
        int alerted = 0;
        try {
            for (int i = 0; i < n; i++) {
                String id = "bench-" + NAMES[i].toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
                List<ArticleSubmission> burst = SyntheticArticles.about(NAMES[i], SyntheticArticles.burst(now, 20),
                        1000L + i, "spike");
                Map<Integer, Long> sentAt = new HashMap<>();
                for (int k = 0; k < burst.size() && !openedAt.containsKey(id); k++) {
                    sentAt.put(k + 1, System.currentTimeMillis());
                    IngestClient.Response response = client.postOne(burst.get(k));
                    if (response.status() != 202) {
                        throw new IOException("ingest answered " + response.status() + ": " + response.body());
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(gapMs));
                }
                long deadline = System.currentTimeMillis() + 10_000;
                while (!openedAt.containsKey(id) && System.currentTimeMillis() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                }
                Long opened = openedAt.get(id);
                Long trigger = opened == null ? null : sentAt.get(counts.get(id).intValue());
                if (trigger != null) {
                    latencies.add(opened - trigger);
                    alerted++;
                }
            }
        } finally {
            watching.set(false);
            watcher.shutdown();
            watcher.awaitTermination(10, TimeUnit.SECONDS);
        }
        return alerted;
    }
}
