package io.mediamon.launcher.chaos;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.launcher.client.IngestClient;
import io.mediamon.launcher.client.TopicReader;
import io.mediamon.lab.synthetic.SyntheticArticles;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediamon chaos}: a broker and the three services, each its own OS process; unique articles pushed
 * over HTTP while analysis and alert are killed with SIGKILL at random moments and restarted, the broker is
 * restarted once, and a local webhook receiver fails a share of deliveries. Prints one JSON line: sent,
 * tagged (unique, duplicates, lost) as a read_committed reader sees them, alerts on the topic against those
 * the receiver acknowledged, dead letters, and recovery times.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Kill and restart services and the broker under load; print loss and duplicate counts as JSON.")
public final class ChaosCommand implements Callable<Integer> {
    private static final List<String> ENTITIES = List.of("TikTok", "China", "ByteDance", "United States");

    @Option(names = "--articles", defaultValue = "20000", description = "Unique articles to send. Default ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--kills", defaultValue = "20", description = "SIGKILLs of analysis or alert. Default ${DEFAULT-VALUE}")
    int kills;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed. Default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--webhook-fail-share", defaultValue = "0.2",
            description = "Share of webhook requests the receiver fails with 503. Default ${DEFAULT-VALUE}")
    double failShare;

    @Option(names = "--drain-timeout", defaultValue = "PT4M", description = "Longest wait for the pipeline to catch up.")
    Duration drainTimeout;

    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final List<Long> recoveryMs = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Integer call() throws Exception {
        Path root = Files.createTempDirectory("mediamon-chaos-");
        SplittableRandom random = new SplittableRandom(seed);
        int brokerPort = freePort();
        int ingestPort = freePort();
        int analysisPort = freePort();
        int alertPort = freePort();
        String bootstrap = "127.0.0.1:" + brokerPort;
        try (WebhookReceiver receiver = new WebhookReceiver(failShare, seed)) {
            Map<String, String> env = new HashMap<>();
            env.put(KafkaSettings.BOOTSTRAP_VARIABLE, bootstrap);
            env.put("MEDIAMON_HTTP_HOST", "127.0.0.1");
            env.put("MEDIAMON_TOPIC_PARTITIONS", "2");
            env.put("MEDIAMON_INGEST_PORT", Integer.toString(ingestPort));
            env.put("MEDIAMON_ANALYSIS_PORT", Integer.toString(analysisPort));
            env.put("MEDIAMON_ALERT_PORT", Integer.toString(alertPort));
            env.put("MEDIAMON_ANALYSIS_STATE_DIR", root.resolve("state/analysis").toString());
            env.put("MEDIAMON_ALERT_STATE_DIR", root.resolve("state/alert").toString());
            env.put("MEDIAMON_WATCHLIST", "Q48938223:TikTok,Q148:China,Q55606238:ByteDance,Q30:United States");
            env.put("MEDIAMON_ALERT_BUCKET", "1m");
            env.put("MEDIAMON_ALERT_GRACE", "30s");
            env.put("MEDIAMON_ALERT_COOLDOWN", "2m");
            env.put("MEDIAMON_ALERT_UPDATE_INTERVAL", "5s");
            env.put("MEDIAMON_ALERT_MIN_HISTORY", "0");
            env.put("MEDIAMON_WEBHOOKS", receiver.url());
            env.put("MEDIAMON_WEBHOOK_SECRET", "chaos-webhook-secret");
            env.put("MEDIAMON_WEBHOOK_ATTEMPTS", "10");
            env.put("MEDIAMON_WEBHOOK_BACKOFF", "100ms");
            ChildProcess broker = new ChildProcess("broker", "768m", List.of("broker", "--port",
                    Integer.toString(brokerPort), "--data-dir", root.resolve("kafka").toString()), Map.of(),
                    root.resolve("broker.log"), brokerPort);
            ChildProcess ingest = new ChildProcess("ingest", "384m", List.of("ingest"), env,
                    root.resolve("ingest.log"), ingestPort);
            ChildProcess analysis = new ChildProcess("analysis", "768m", List.of("analysis"), env,
                    root.resolve("analysis.log"), analysisPort);
            ChildProcess alert = new ChildProcess("alert", "384m", List.of("alert"), env,
                    root.resolve("alert.log"), alertPort);
            List<ChildProcess> all = List.of(alert, analysis, ingest, broker);
            try {
                broker.start();
                require(broker.awaitPort(brokerPort, Duration.ofSeconds(90)), "the broker did not start", root);
                ingest.start();
                require(ingest.awaitHealthy("/health/ready", Duration.ofSeconds(120)), "ingest did not start", root);
                alert.start();
                analysis.start();
                require(alert.awaitHealthy("/health/ready", Duration.ofSeconds(180)), "alert did not start", root);
                require(analysis.awaitHealthy("/health/ready", Duration.ofSeconds(180)), "analysis did not start",
                        root);
                System.err.println("chaos: all processes up; logs in " + root);

                IngestClient client = new IngestClient(URI.create("http://127.0.0.1:" + ingestPort),
                        IngestClient.configuredToken("MEDIAMON_INGEST_TOKEN"));
                AtomicBoolean sending = new AtomicBoolean(true);
                // spread the load over the kills: each kill cycle takes tens of seconds (session timeout)
                double perSecond = Math.max(20, articles / Math.max(60.0, kills * 30.0));
                Thread sender = new Thread(() -> send(client, perSecond, sending), "chaos-sender");
                sender.start();
                int brokerRestartAt = kills / 2;
                for (int k = 0; k < kills; k++) {
                    Thread.sleep(2_000 + random.nextInt(6_000));
                    if (k == brokerRestartAt) {
                        restartBroker(broker, brokerPort, List.of(ingest, analysis, alert));
                    }
                    ChildProcess victim = random.nextBoolean() ? analysis : alert;
                    long killedAt = System.nanoTime();
                    victim.kill();
                    victim.start();
                    boolean back = victim.awaitHealthy("/health/ready", Duration.ofSeconds(180));
                    long took = (System.nanoTime() - killedAt) / 1_000_000;
                    recoveryMs.add(back ? took : -1);
                    System.err.printf("chaos: kill %d/%d of %s, ready again after %d ms; %d accepted so far%n",
                            k + 1, kills, victim.name(), took, accepted.size());
                }
                if (kills == 0) {
                    restartBroker(broker, brokerPort, List.of(ingest, analysis, alert));
                }
                sender.join();
                sending.set(false);
                System.err.println("chaos: sent " + accepted.size() + "; waiting for the pipeline to catch up");
                Map<String, Object> figures = measure(env, receiver);
                System.out.println(Json.mapper().writeValueAsString(figures));
                return (long) figures.get("lost") == 0 && (long) figures.get("tagged_duplicates") == 0
                        && (long) figures.get("alerts_lost") == 0 ? 0 : 1;
            } finally {
                for (ChildProcess process : all) {
                    process.close();
                }
            }
        }
    }

    private void restartBroker(ChildProcess broker, int port, List<ChildProcess> services) throws Exception {
        long stoppedAt = System.nanoTime();
        broker.stop();
        broker.start();
        boolean up = broker.awaitPort(port, Duration.ofSeconds(120));
        boolean ready = up;
        for (ChildProcess service : services) {
            ready &= service.awaitHealthy("/health/ready", Duration.ofSeconds(180));
        }
        long took = (System.nanoTime() - stoppedAt) / 1_000_000;
        recoveryMs.add(ready ? took : -1);
        System.err.printf("chaos: broker restarted, all services ready again after %d ms%n", took);
    }

    /** Sends every article, retrying a batch until ingest acknowledges all of its lines. */
    private void send(IngestClient client, double perSecond, AtomicBoolean sending) {
        int batchSize = 20;
        long start = System.nanoTime();
        List<ArticleSubmission> all = new ArrayList<>(articles);
        Instant now = Instant.now();
        for (int i = 0; i < articles; i++) {
            String entity = ENTITIES.get(i % ENTITIES.size());
            ArticleSubmission base = SyntheticArticles.about(entity, List.of(now), seed * 1_000_000 + i, "c").get(0);
            all.add(new ArticleSubmission(base.title(), base.body(), "https://chaos.example/" + seed + "/" + i,
                    base.outlet(), null, "en", null));
        }
        for (int from = 0; from < all.size() && sending.get(); from += batchSize) {
            List<ArticleSubmission> batch = all.subList(from, Math.min(all.size(), from + batchSize));
            while (true) {
                try {
                    IngestClient.Response response = client.postBatch(batch);
                    if (response.status() == 202) {
                        accepted.addAll(IngestClient.acceptedIds(response));
                        break;
                    }
                } catch (IOException e) {
                    // ingest or the broker is restarting: send the batch again (ids are stable, resends dropped)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                sleep(500);
            }
            long due = start + (long) ((from + batch.size()) / perSecond * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000);
            }
        }
    }

    private Map<String, Object> measure(Map<String, String> env, WebhookReceiver receiver) throws Exception {
        KafkaSettings kafka = KafkaSettings.from(Settings.from(env), null);
        Map<String, Integer> taggedCounts = new HashMap<>();
        try (TopicReader<TaggedArticle> reader = new TopicReader<>(kafka, kafka.topics().articlesTagged())) {
            List<ConsumerRecord<String, TaggedArticle>> records = reader.readUntil(
                    got -> got.stream().map(ConsumerRecord::key).filter(accepted::contains).distinct().count()
                            >= accepted.size(), drainTimeout);
            records = reader.drain(Duration.ofSeconds(3));
            records.forEach(r -> taggedCounts.merge(r.key(), 1, Integer::sum));
        }
        long taggedUnique = accepted.stream().filter(taggedCounts::containsKey).count();
        long taggedDuplicates = taggedCounts.values().stream().mapToLong(n -> n - 1).sum();
        Set<String> alertIds = new HashSet<>();
        try (TopicReader<AlertEvent> reader = new TopicReader<>(kafka, kafka.topics().alerts())) {
            reader.drain(Duration.ofSeconds(5)).forEach(r -> alertIds.add(r.value().id()));
        }
        // deliveries are retried with backoff: give them time to land
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !receiver.acknowledged().keySet().containsAll(alertIds)) {
            sleep(500);
        }
        Map<String, Integer> delivered = receiver.acknowledged();
        long deadLetters;
        try (TopicReader<DeadLetter> reader = new TopicReader<>(kafka, kafka.topics().deadLetters())) {
            deadLetters = reader.drain(Duration.ofSeconds(3)).size();
        }
        List<Long> recoveries = new ArrayList<>(recoveryMs);
        long failedRecoveries = recoveries.stream().filter(ms -> ms < 0).count();
        recoveries.removeIf(ms -> ms < 0);
        Collections.sort(recoveries);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("sent", (long) accepted.size());
        figures.put("tagged_unique", taggedUnique);
        figures.put("tagged_duplicates", taggedDuplicates);
        figures.put("lost", (long) accepted.size() - taggedUnique);
        figures.put("alerts_on_topic", (long) alertIds.size());
        figures.put("alerts_delivered_unique", alertIds.stream().filter(delivered::containsKey).count());
        figures.put("alerts_lost", alertIds.stream().filter(id -> !delivered.containsKey(id)).count());
        figures.put("alert_duplicates", delivered.values().stream().mapToLong(n -> n - 1).sum());
        figures.put("webhook_requests", receiver.requests());
        figures.put("webhook_failed_on_purpose", receiver.failedRequests());
        figures.put("dead_letters", deadLetters);
        figures.put("kills", kills);
        figures.put("broker_restarts", 1);
        figures.put("recovery_p50_ms", percentile(recoveries, 50));
        figures.put("recovery_p99_ms", percentile(recoveries, 99));
        figures.put("recoveries_failed", failedRecoveries);
        return figures;
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static void require(boolean ok, String what, Path root) {
        if (!ok) {
            throw new IllegalStateException(what + " (logs in " + root + ")");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
