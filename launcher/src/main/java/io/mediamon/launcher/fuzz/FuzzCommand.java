package io.mediamon.launcher.fuzz;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.serde.Json;
import io.mediamon.common.topic.TopicCatalogue;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.cli.KafkaTarget;
import io.mediamon.launcher.cli.LaunchSettings;
import io.mediamon.launcher.client.IngestClient;
import io.mediamon.launcher.client.TopicReader;
import io.mediamon.lab.synthetic.SyntheticArticles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediamon fuzz}: the three services in this JVM on a real broker, fed generated bad inputs to every
 * HTTP entry point and malformed records straight to the raw, mentions and watchlist topics. Every
 * {@code --probe-every} cases, and at the end, a valid article is sent and must be tagged within 10 s (else a
 * stall). Prints one JSON line: statuses 2xx/4xx/5xx, dead letters, crashes (stream-thread replacements, a
 * service no longer live), stalls and the peak heap against the JVM's maximum.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Send generated bad input to every entry point; print status counts, dead letters, crashes,"
                + " stalls and peak heap as one JSON line.")
public final class FuzzCommand implements Callable<Integer> {
    private static final Duration STALL_LIMIT = Duration.ofSeconds(10);

    @Option(names = "--cases", defaultValue = "100000", description = "Generated cases. Default ${DEFAULT-VALUE}")
    int cases;

    @Option(names = "--seed", defaultValue = "9", description = "Generator seed. Default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--probe-every", defaultValue = "5000",
            description = "Cases between liveness probes (a valid article that must be tagged within 10 s).")
    int probeEvery;

    @Option(names = "--concurrency", defaultValue = "4", description = "Parallel senders. Default ${DEFAULT-VALUE}")
    int concurrency;

    private final java.util.List<Long> probeMillis = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> families = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws Exception {
        Path root = Files.createTempDirectory("mediamon-fuzz-");
        Map<String, String> overrides = Map.of("MEDIAMON_TOPIC_PARTITIONS", "2", "MEDIAMON_INGEST_PORT", "0",
                "MEDIAMON_ANALYSIS_PORT", "0", "MEDIAMON_ALERT_PORT", "0", "MEDIAMON_HTTP_HOST", "127.0.0.1",
                "MEDIAMON_WATCHLIST", "Q48938223:TikTok,Q148:China");
        long started = System.nanoTime();
        try (HeapWatch heap = new HeapWatch();
             KafkaTarget kafka = KafkaTarget.resolve(System.getenv(), root.resolve("kafka"), 0);
             Pipeline pipeline = Pipeline.start(LaunchSettings.forRun(System.getenv(), root.resolve("state"),
                     overrides), kafka.bootstrapServers())) {
            KafkaSettings settings = KafkaSettings.from(LaunchSettings.forRun(System.getenv(), null, overrides),
                    kafka.bootstrapServers());
            Ports ports = new Ports(pipeline.ingest().port(), pipeline.analysis().port(), pipeline.alert().port());
            IngestClient client = IngestClient.local(ports.ingest);
            long stalls = 0;
            long probes = 0;
            long crashes = 0;
            AtomicLong kafkaRefused = new AtomicLong();
            try (KafkaProducer<String, byte[]> producer = producer(settings);
                 TopicReader<TaggedArticle> tagged = new TopicReader<>(settings, settings.topics().articlesTagged())) {
                if (!probe(client, tagged, 0, Duration.ofSeconds(120))) {
                    throw new IllegalStateException("the pipeline did not tag a valid article before fuzzing");
                }
                ExecutorService senders = Executors.newFixedThreadPool(concurrency);
                FuzzCases generator = new FuzzCases(seed);
                int done = 0;
                while (done < cases) {
                    int chunk = Math.min(probeEvery, cases - done);
                    List<Future<?>> futures = new java.util.ArrayList<>(chunk);
                    for (int i = 0; i < chunk; i++) {
                        FuzzCase fuzz = generator.next();
                        futures.add(senders.submit(() -> run(fuzz, ports, producer, settings, kafkaRefused)));
                    }
                    for (Future<?> future : futures) {
                        future.get();
                    }
                    producer.flush();
                    done += chunk;
                    probes++;
                    if (!probe(client, tagged, probes, STALL_LIMIT)) {
                        stalls++;
                    }
                    crashes = crashes(pipeline, ports);
                    System.err.printf("fuzz: %d/%d cases, %d stalls, %d crashes%n", done, cases, stalls, crashes);
                }
                senders.shutdown();
                senders.awaitTermination(30, TimeUnit.SECONDS);
            }
            long deadLetters = countDeadLetters(settings);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("cases", cases);
            figures.put("status_2xx", count("2xx"));
            figures.put("status_4xx", count("4xx"));
            figures.put("status_5xx", count("5xx"));
            figures.put("closed_without_status", count("closed"));
            figures.put("timeouts", count("timeout"));
            figures.put("records_to_kafka", count("kafka"));
            figures.put("records_refused_by_kafka", kafkaRefused.get());
            figures.put("dead_letters", deadLetters);
            figures.put("crashes", crashes);
            figures.put("stalls", stalls);
            figures.put("probes", probes);
            // time to tag each probe article; over 10 000 is a stall, -1 one still not tagged after 130 s
            figures.put("probe_ms", List.copyOf(probeMillis));
            figures.put("peak_heap_mb", heap.peakBytes() / (1024 * 1024));
            figures.put("max_heap_mb", HeapWatch.maxBytes() / (1024 * 1024));
            figures.put("heap_under_max", heap.peakBytes() < HeapWatch.maxBytes());
            figures.put("seconds", (System.nanoTime() - started) / 1_000_000_000L);
            Map<String, Long> byFamily = new TreeMap<>();
            families.forEach((name, adder) -> byFamily.put(name, adder.sum()));
            figures.put("by_family_and_status", byFamily);
            System.out.println(Json.mapper().writeValueAsString(figures));
            return (long) figures.get("status_5xx") == 0 && crashes == 0 && stalls == 0 ? 0 : 1;
        }
    }

    private record Ports(int ingest, int analysis, int alert) {
    }

    private void run(FuzzCase fuzz, Ports ports, KafkaProducer<String, byte[]> producer, KafkaSettings settings,
                     AtomicLong kafkaRefused) {
        String outcome;
        switch (fuzz.target()) {
            case KAFKA -> {
                String topic = switch (fuzz.topic()) {
                    case TopicCatalogue.MENTIONS -> settings.topics().mentions().name();
                    case TopicCatalogue.WATCHLIST -> settings.topics().watchlist().name();
                    default -> settings.topics().articlesRaw().name();
                };
                producer.send(new ProducerRecord<>(topic, fuzz.key(), fuzz.body()), (metadata, error) -> {
                    if (error != null) {
                        kafkaRefused.incrementAndGet();
                    }
                });
                outcome = "kafka";
            }
            case RAW_SOCKET_INGEST -> outcome = bucket(RawHttp.send(ports.ingest, fuzz.body(), 20_000));
            default -> outcome = bucket(send(fuzz, switch (fuzz.target()) {
                case ALERT_HTTP -> ports.alert;
                case ANALYSIS_HTTP -> ports.analysis;
                default -> ports.ingest;
            }));
        }
        statuses.computeIfAbsent(outcome, k -> new LongAdder()).increment();
        families.computeIfAbsent(fuzz.family() + ":" + outcome, k -> new LongAdder()).increment();
    }

    private int send(FuzzCase fuzz, int port) {
        try {
            URI uri = URI.create("http://127.0.0.1:" + port + fuzz.path());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .method(fuzz.method(), fuzz.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(fuzz.body()));
            for (int i = 0; i + 1 < fuzz.headers().length; i += 2) {
                request.header(fuzz.headers()[i], fuzz.headers()[i + 1]);
            }
            String token = IngestClient.configuredToken(fuzz.target() == FuzzCase.Target.ALERT_HTTP
                    ? "MEDIAMON_ADMIN_TOKEN" : "MEDIAMON_INGEST_TOKEN");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IllegalArgumentException e) {
            return 4_00_00; // the client itself refused to build the request (e.g. an illegal URI)
        } catch (java.net.http.HttpTimeoutException e) {
            return -1;
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static String bucket(int status) {
        if (status == 4_00_00) {
            return "client_refused";
        }
        if (status == -1) {
            return "timeout";
        }
        if (status == 0) {
            return "closed";
        }
        return (status / 100) + "xx";
    }

    private long count(String bucket) {
        LongAdder adder = statuses.get(bucket);
        return adder == null ? 0 : adder.sum();
    }

    /** Sends one valid, unique article; true when it is tagged within {@code limit}. */
    private boolean probe(IngestClient client, TopicReader<TaggedArticle> tagged, long n, Duration limit)
            throws Exception {
        ArticleSubmission article = SyntheticArticles.about("TikTok", List.of(Instant.now()), seed * 1_000_003 + n,
                "probe").get(0);
        IngestClient.Response response = client.postOne(article);
        if (response.status() != 202) {
            return false;
        }
        String id = response.body().path("id").asText();
        long start = System.nanoTime();
        List<ConsumerRecord<String, TaggedArticle>> records = tagged.readUntil(
                all -> all.stream().anyMatch(r -> r.key().equals(id)), limit);
        boolean ok = records.stream().anyMatch(r -> r.key().equals(id));
        if (!ok) {
            // a stall all the same; wait on to tell a slow pipeline from a stuck one
            records = tagged.readUntil(all -> all.stream().anyMatch(r -> r.key().equals(id)),
                    Duration.ofSeconds(120));
        }
        boolean eventually = records.stream().anyMatch(r -> r.key().equals(id));
        probeMillis.add(eventually ? (System.nanoTime() - start) / 1_000_000 : -1);
        return ok;
    }

    private long crashes(Pipeline pipeline, Ports ports) {
        long crashes = pipeline.analysis().runner().recentThreadReplacements()
                + pipeline.alert().runner().recentThreadReplacements();
        for (int port : List.of(ports.ingest, ports.analysis, ports.alert)) {
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/live"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    crashes++;
                }
            } catch (java.io.IOException e) {
                crashes++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return crashes;
    }

    private static long countDeadLetters(KafkaSettings settings) {
        try (TopicReader<DeadLetter> reader = new TopicReader<>(settings, settings.topics().deadLetters())) {
            return reader.drain(Duration.ofSeconds(5)).size();
        }
    }

    private static KafkaProducer<String, byte[]> producer(KafkaSettings settings) {
        Properties props = settings.clientProperties();
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
