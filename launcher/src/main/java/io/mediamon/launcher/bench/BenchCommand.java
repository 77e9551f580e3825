package io.mediamon.launcher.bench;

import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.config.SentimentMode;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.serde.Json;
import io.mediamon.common.topic.TopicCatalogue;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.lab.bench.NoOpTagging;
import io.mediamon.lab.synthetic.SyntheticArticles;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.cli.KafkaTarget;
import io.mediamon.launcher.cli.LaunchSettings;
import io.mediamon.launcher.client.IngestClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediamon bench}: pushes N synthetic articles through the running pipeline over HTTP, then the same
 * records through a pass-through Streams app with the same settings, and prints one JSON line of figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure pipeline throughput and ingest-to-tagged latency against a pass-through Streams app"
                + " and the same pipeline with a no-op tagger, on the same (embedded) broker. Prints one JSON line."
                + " MEDIAMON_SENTIMENT=fast|contextual picks the scorer.",
        subcommands = BenchNlpCommand.class)
public final class BenchCommand implements Callable<Integer> {
    private static final String TIMED_TITLE = "Bench article ";
    private static final String WARMUP_TITLE = "Warm-up article ";

    @Option(names = "--articles", defaultValue = "0",
            description = "Articles to push; 0 (the default) means 20000 with fast sentiment, 2000 with contextual")
    int articles;

    @Option(names = "--size", defaultValue = "5120", description = "Body size in bytes. Default ${DEFAULT-VALUE}")
    int size;

    @Option(names = "--threads", defaultValue = "0",
            description = "Stream threads, both apps; 0 (the default) means analysis-service's own default"
                    + " (MEDIAMON_ANALYSIS_THREADS unset: two per core, at most 8)")
    int threads;

    @Option(names = "--partitions", defaultValue = "4", description = "Topic partitions. Default ${DEFAULT-VALUE}")
    int partitions;

    @Option(names = "--batch", defaultValue = "250", description = "Articles per NDJSON request. Default ${DEFAULT-VALUE}")
    int batch;

    @Option(names = "--warmup", defaultValue = "-1",
            description = "Articles sent through each pipeline, and waited for, before its timed run, so the figures"
                    + " are of a warmed-up JVM (JIT compiled, caches and connections open) as a long-running service"
                    + " is; -1 (the default) means a tenth of --articles, 0 none")
    int warmup;

    @Option(names = "--paced-rate", defaultValue = "0",
            description = "Articles per second in the latency phase, below capacity; 0 (the default) means 50 with"
                    + " fast sentiment, 10 with contextual (the box encodes far fewer articles per second)")
    int pacedRate;

    @Option(names = "--paced-seconds", defaultValue = "20",
            description = "Length of the latency phase in seconds. Default ${DEFAULT-VALUE}")
    int pacedSeconds;

    @Override
    public Integer call() throws Exception {
        Path root = Files.createTempDirectory("mediamon-bench-");
        threads = threads > 0 ? threads : AnalysisConfig.defaultThreads();
        Map<String, String> overrides = Map.of(
                "MEDIAMON_TOPIC_PARTITIONS", Integer.toString(partitions),
                "MEDIAMON_ANALYSIS_THREADS", Integer.toString(threads),
                "MEDIAMON_INGEST_PORT", "0", "MEDIAMON_ANALYSIS_PORT", "0", "MEDIAMON_ALERT_PORT", "0");
        try (KafkaTarget kafka = KafkaTarget.resolve(System.getenv(), root.resolve("kafka"), 0)) {
            Settings settings = LaunchSettings.forRun(System.getenv(), root.resolve("state"), overrides);
            KafkaSettings kafkaSettings = KafkaSettings.from(LaunchSettings.forRun(System.getenv(), null, overrides),
                    kafka.bootstrapServers());
            SentimentMode mode = AnalysisConfig.load(settings, kafka.bootstrapServers()).sentiment();
            boolean contextual = mode == SentimentMode.CONTEXTUAL;
            articles = articles > 0 ? articles : contextual ? 2000 : 20000;
            pacedRate = pacedRate > 0 ? pacedRate : contextual ? 10 : 50;
            warmup = warmup >= 0 ? warmup : articles / 10;
            long nonce = Instant.now().toEpochMilli();
            List<String> warmupBodies = prepareBodies(warmup, WARMUP_TITLE, nonce);
            List<String> bodies = prepareBodies(articles, TIMED_TITLE, nonce);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("articles", articles);
            figures.put("article_bytes", size);
            figures.put("threads", threads);
            figures.put("partitions", partitions);
            figures.put("warmup_articles", warmup);
            figures.put("sentiment", mode.key());
            try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers())) {
                awaitRunning(pipeline.analysis().runner().streams());
                warmUp(pipeline, kafkaSettings, warmupBodies);
                measurePipeline(pipeline, kafkaSettings, bodies, figures, "");
                measurePacedLatency(pipeline, kafkaSettings, figures);
            }
            Map<String, String> noop = noOpRun(root, overrides);
            try (Pipeline pipeline = Pipeline.start(Settings.from(noop), kafka.bootstrapServers(),
                    new NoOpTagging(Clock.systemUTC()))) {
                awaitRunning(pipeline.analysis().runner().streams());
                KafkaSettings noopKafka = KafkaSettings.from(Settings.from(noop), kafka.bootstrapServers());
                warmUp(pipeline, noopKafka, warmupBodies);
                measurePipeline(pipeline, noopKafka, bodies, figures, "noop_tagger_");
            }
            measurePassThrough(kafkaSettings, root, bodies, figures);
            double pass = (double) figures.get("passthrough_per_second");
            figures.put("ratio", ratio((double) figures.get("articles_per_second"), pass));
            figures.put("noop_tagger_ratio", ratio((double) figures.get("noop_tagger_articles_per_second"), pass));
            System.out.println(Json.mapper().writeValueAsString(figures));
            return 0;
        }
    }

    /**
     * Settings of the no-op tagger run: the same pipeline on its own topics, application ids and state, so it starts
     * empty and reads nothing of the first run.
     */
    private static Map<String, String> noOpRun(Path root, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(System.getenv());
        values.putAll(overrides);
        for (String logical : List.of(TopicCatalogue.ARTICLES_RAW, TopicCatalogue.ARTICLES_TAGGED,
                TopicCatalogue.MENTIONS, TopicCatalogue.ALERTS, TopicCatalogue.WATCHLIST,
                TopicCatalogue.DEAD_LETTERS)) {
            String current = values.getOrDefault(TopicCatalogue.envName(logical), TopicCatalogue.defaultName(logical));
            values.put(TopicCatalogue.envName(logical), current + ".noop");
        }
        values.put("MEDIAMON_ANALYSIS_APPLICATION_ID",
                values.getOrDefault("MEDIAMON_ANALYSIS_APPLICATION_ID", "mediamon-analysis") + "-noop");
        values.put("MEDIAMON_ALERT_APPLICATION_ID",
                values.getOrDefault("MEDIAMON_ALERT_APPLICATION_ID", "mediamon-alert") + "-noop");
        values.put("MEDIAMON_ANALYSIS_STATE_DIR", root.resolve("noop/analysis").toString());
        values.put("MEDIAMON_ALERT_STATE_DIR", root.resolve("noop/alert").toString());
        return values;
    }

    /** NDJSON request bodies of {@code count} synthetic articles, titled {@code title} plus a unique suffix. */
    private List<String> prepareBodies(int count, String title, long nonce) throws IOException {
        List<String> lines = new ArrayList<>();
        String[] entities = {"TikTok", "ByteDance", "Microsoft", "Oracle", "Walmart", "the Commerce Department"};
        List<ArticleSubmission> chunk = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String entity = entities[i % entities.length];
            chunk.add(new ArticleSubmission(title + nonce + "-" + i + " about " + entity,
                    SyntheticArticles.bodyOfSize(entity, size, title.equals(TIMED_TITLE) ? nonce + i : nonce - 1 - i),
                    null, "bench.example", null, "en", null));
            if (chunk.size() == batch || i == count - 1) {
                StringBuilder ndjson = new StringBuilder();
                for (ArticleSubmission article : chunk) {
                    ndjson.append(Json.mapper().writeValueAsString(article)).append('\n');
                }
                lines.add(ndjson.toString());
                chunk.clear();
            }
        }
        return lines;
    }

    /** Sends the warm-up articles and waits until they are tagged; nothing of this run is measured. */
    private void warmUp(Pipeline pipeline, KafkaSettings kafka, List<String> warmupBodies)
            throws IOException, InterruptedException {
        if (warmup == 0) {
            return;
        }
        IngestClient client = IngestClient.local(pipeline.ingest().port());
        for (String body : warmupBodies) {
            IngestClient.Response response = client.post("/articles/batch", body);
            if (response.status() != 202) {
                throw new IOException("ingest answered " + response.status() + " during warm-up: " + response.body());
            }
        }
        OutputRate<TaggedArticle> tagged = new OutputRate<>(kafka, kafka.topics().articlesTagged().name(),
                kafka.topics().articlesTagged().valueSerde().deserializer());
        OutputRate.Result result = tagged.await(warmup, Duration.ofMinutes(20), BenchCommand::warmupArticle,
                null, null);
        if (result.received() < warmup) {
            throw new IOException("only " + result.received() + " of " + warmup + " warm-up articles were tagged");
        }
    }

    private static boolean warmupArticle(TaggedArticle article) {
        return article.title() != null && article.title().startsWith(WARMUP_TITLE);
    }

    private static boolean timedArticle(TaggedArticle article) {
        return article.title() != null && article.title().startsWith(TIMED_TITLE);
    }

    /** Pushes the bodies through the running pipeline; figures are named with {@code prefix}. */
    private void measurePipeline(Pipeline pipeline, KafkaSettings kafka, List<String> bodies,
                                 Map<String, Object> figures, String prefix) throws Exception {
        IngestClient client = IngestClient.local(pipeline.ingest().port());
        LatencyRecorder latencies = new LatencyRecorder();
        OutputRate<TaggedArticle> tagged = new OutputRate<>(kafka, kafka.topics().articlesTagged().name(),
                kafka.topics().articlesTagged().valueSerde().deserializer());
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            Future<OutputRate.Result> watch = senders.submit(() -> tagged.await(articles, Duration.ofMinutes(20),
                    BenchCommand::timedArticle, article -> article.ingestedAt().toEpochMilli(), latencies));
            SentenceEncoder.Totals encoderStart = SentenceEncoder.sharedTotals();
            long started = System.nanoTime();
            List<Future<?>> sends = new ArrayList<>();
            for (int worker = 0; worker < 2; worker++) {
                int offset = worker;
                sends.add(senders.submit(() -> {
                    for (int i = offset; i < bodies.size(); i += 2) {
                        IngestClient.Response response = client.post("/articles/batch", bodies.get(i));
                        if (response.status() != 202) {
                            throw new IOException("ingest answered " + response.status() + ": " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> send : sends) {
                send.get();
            }
            double ingestSeconds = (System.nanoTime() - started) / 1e9;
            OutputRate.Result result = watch.get();
            if (result.received() < articles) {
                throw new IOException("only " + result.received() + " of " + articles + " articles were tagged");
            }
            figures.put(prefix + "ingest_per_second", round(articles / ingestSeconds));
            figures.put(prefix + "articles_per_second", round(articles / ((result.lastNanos() - started) / 1e9)));
            figures.put(prefix + "saturated_latency_p50_ms", latencies.percentile(50));
            figures.put(prefix + "saturated_latency_p99_ms", latencies.percentile(99));
            SentenceEncoder.Totals encoder = SentenceEncoder.sharedTotals().since(encoderStart);
            figures.put(prefix + "encoder_passes_per_article", round3((double) encoder.passes() / articles));
            figures.put(prefix + "encoder_tail_runs_per_article", round3((double) encoder.tailRuns() / articles));
        } finally {
            senders.shutdownNow();
        }
    }

    /**
     * Latency at a steady load below capacity: {@code pacedRate} articles a second, sent in ten small batches a
     * second, each article timed from its ingest to its tagged record reaching a read_committed subscriber.
     */
    private void measurePacedLatency(Pipeline pipeline, KafkaSettings kafka, Map<String, Object> figures)
            throws Exception {
        IngestClient client = IngestClient.local(pipeline.ingest().port());
        int perTick = Math.max(1, pacedRate / 10);
        int ticks = pacedSeconds * 10;
        int total = perTick * ticks;
        long nonce = System.nanoTime();
        LatencyRecorder latencies = new LatencyRecorder();
        OutputRate<TaggedArticle> tagged = new OutputRate<>(kafka, kafka.topics().articlesTagged().name(),
                kafka.topics().articlesTagged().valueSerde().deserializer());
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        try {
            Future<OutputRate.Result> watch = watcher.submit(() -> tagged.await(total, Duration.ofMinutes(10),
                    article -> article.title().startsWith("Paced " + nonce),
                    article -> article.ingestedAt().toEpochMilli(), latencies));
            long start = System.nanoTime();
            for (int tick = 0; tick < ticks; tick++) {
                List<ArticleSubmission> batchOfTick = new ArrayList<>(perTick);
                for (int i = 0; i < perTick; i++) {
                    int n = tick * perTick + i;
                    batchOfTick.add(new ArticleSubmission("Paced " + nonce + " article " + n + " about Oracle",
                            SyntheticArticles.bodyOfSize("Oracle", size, nonce + n), null, "bench.example", null,
                            "en", null));
                }
                IngestClient.Response response = client.postBatch(batchOfTick);
                if (response.status() != 202) {
                    throw new IOException("ingest answered " + response.status() + ": " + response.body());
                }
                long next = start + (tick + 1) * 100_000_000L;
                java.util.concurrent.locks.LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
            }
            OutputRate.Result result = watch.get();
            if (result.received() < total) {
                throw new IOException("only " + result.received() + " of " + total + " paced articles were tagged");
            }
            figures.put("paced_rate_per_second", perTick * 10);
            figures.put("latency_p50_ms", latencies.percentile(50));
            figures.put("latency_p99_ms", latencies.percentile(99));
        } finally {
            watcher.shutdownNow();
        }
    }

    /**
     * The limit: the same articles produced into a fresh topic while a pass-through Streams app (same settings)
     * copies them to another, timed from the first send (the app already RUNNING on its empty source) to the last
     * copy a read_committed reader sees. Producing while it runs keeps the figure stable: copying a topic already
     * full lands in one or two transactions, and a first-to-last rate of those swung 60-fold between runs.
     */
    private void measurePassThrough(KafkaSettings kafka, Path root, List<String> bodies, Map<String, Object> figures)
            throws Exception {
        String from = kafka.topics().articlesRaw().name() + ".passthrough-in";
        String to = kafka.topics().articlesRaw().name() + ".passthrough";
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            admin.createTopics(List.of(new NewTopic(from, partitions, kafka.replicationFactor()),
                    new NewTopic(to, partitions, kafka.replicationFactor()))).all().get(30, TimeUnit.SECONDS);
        }
        List<byte[]> values = new ArrayList<>(articles);
        for (String batchBody : bodies) {
            for (String line : batchBody.split("\n")) {
                if (!line.isBlank()) {
                    values.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        OutputRate<byte[]> copied = new OutputRate<>(kafka, to, Serdes.ByteArray().deserializer());
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        KafkaStreams streams = null;
        try {
            Future<OutputRate.Result> watch = watcher.submit(() -> copied.await(values.size(),
                    Duration.ofMinutes(10), null, null));
            streams = PassThroughApp.start(kafka, root.resolve("passthrough-state"), threads, from, to);
            awaitRunning(streams);
            long started = System.nanoTime();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.durableProducerProperties(),
                    new StringSerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < values.size(); i++) {
                    producer.send(new ProducerRecord<>(from, "passthrough-" + i, values.get(i)));
                }
                producer.flush();
            }
            OutputRate.Result result = watch.get();
            if (result.received() < values.size()) {
                throw new IOException("pass-through copied only " + result.received() + " of " + values.size());
            }
            figures.put("passthrough_per_second", round(values.size() / ((result.lastNanos() - started) / 1e9)));
        } finally {
            watcher.shutdownNow();
            if (streams != null) {
                streams.close(Duration.ofSeconds(20));
            }
        }
    }

    private static void awaitRunning(KafkaStreams streams) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new IOException("analysis-service did not reach RUNNING: " + streams.state());
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** {@code part / whole} to four significant figures (a ratio of 0.0002 must not print as 0.0). */
    static double ratio(double part, double whole) {
        if (whole <= 0) {
            return 0;
        }
        return new java.math.BigDecimal(part / whole).round(new java.math.MathContext(4)).doubleValue();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
