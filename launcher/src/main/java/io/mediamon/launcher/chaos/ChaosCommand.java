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
import java.util.stream.Collectors;
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

    @Option(names = "--spikes", defaultValue = "12",
            description = "Entities registered through the watchlist API that each get a burst during the kills (max 20). Default ${DEFAULT-VALUE}")
    int spikeCount;

    private static final String WEBHOOK_SECRET = "chaos-webhook-secret-for-signing";

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
        try (WebhookReceiver receiver = new WebhookReceiver(failShare, seed, WEBHOOK_SECRET)) {
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
            // hourly windows as in production; a grace of hours so the baseline's windows close in order even
            // though two partitions of history interleave, while the current hour stays open for the bursts
            env.put("MEDIAMON_ALERT_GRACE", "6h");
            env.put("MEDIAMON_ALERT_COOLDOWN", "2m");
            env.put("MEDIAMON_ALERT_UPDATE_INTERVAL", "5s");
            env.put("MEDIAMON_WEBHOOKS", receiver.url());
            env.put("MEDIAMON_WEBHOOK_SECRET", WEBHOOK_SECRET);
            env.put("MEDIAMON_ALLOW_PRIVATE_TARGETS", "true");
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
            // an interrupted campaign (Ctrl-C, SIGTERM) must not leave the broker and services running
            Thread reaper = new Thread(() -> all.forEach(ChildProcess::killQuietly), "chaos-reaper");
            Runtime.getRuntime().addShutdownHook(reaper);
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
                URI alertBase = URI.create("http://127.0.0.1:" + alertPort);
                SpikePlan plan = new SpikePlan(spikeCount, Instant.now(), seed);
                prepareSpikes(plan, client, alertBase, env, root);
                AtomicBoolean sending = new AtomicBoolean(true);
                // spread the load over the kills: each kill cycle takes tens of seconds (a restart, the state
                // restore and a rebalance; about 50 s on a loaded two-core box)
                double perSecond = Math.max(10, articles / Math.max(60.0, kills * 45.0));
                Thread sender = new Thread(() -> send(client, plan, perSecond, sending), "chaos-sender");
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
                Map<String, Object> figures = measure(env, receiver, plan);
                System.out.println(Json.mapper().writeValueAsString(figures));
                return (long) figures.get("lost") == 0 && (long) figures.get("tagged_duplicates") == 0
                        && (long) figures.get("alerts_lost") == 0 && (long) figures.get("alerts_on_topic") > 0 ? 0 : 1;
            } finally {
                for (ChildProcess process : all) {
                    process.close();
                }
                Runtime.getRuntime().removeShutdownHook(reaper);
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

    /**
     * Registers the spike entities through the watchlist API, waits until analysis tags a probe with all of them,
     * then sends their baseline and waits until alert-service has counted it, all before the first kill.
     */
    private void prepareSpikes(SpikePlan plan, IngestClient client, URI alertBase, Map<String, String> env, Path root)
            throws Exception {
        plan.register(alertBase, IngestClient.configuredToken("MEDIAMON_ADMIN_TOKEN"));
        KafkaSettings kafka = KafkaSettings.from(Settings.from(env), null);
        Set<String> wanted = new HashSet<>();
        plan.spikes().forEach(s -> wanted.add(s.id()));
        boolean matched = false;
        try (TopicReader<TaggedArticle> reader = new TopicReader<>(kafka, kafka.topics().articlesTagged())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            for (int attempt = 0; !matched && System.nanoTime() < deadline; attempt++) {
                IngestClient.Response response = client.postOne(plan.probe(attempt));
                if (response.status() != 202) {
                    throw new IOException("ingest refused the watchlist probe: " + response.body());
                }
                String probeId = response.body().path("id").asText();
                accepted.add(probeId);
                List<ConsumerRecord<String, TaggedArticle>> got = reader.readUntil(
                        all -> all.stream().anyMatch(r -> r.key().equals(probeId)), Duration.ofSeconds(20));
                matched = got.stream().filter(r -> r.key().equals(probeId)).anyMatch(r -> r.value().parties()
                        .stream().map(p -> p.entityId()).collect(Collectors.toSet())
                        .containsAll(wanted));
            }
        }
        require(matched, "analysis did not pick up the spike entities from the watchlist", root);
        List<ArticleSubmission> baseline = plan.baseline();
        sendInEventTimeSlices(client, kafka, baseline, root);
        Map<String, Integer> expected = SpikePlan.countByEntity(plan.spikes(), baseline);
        String readToken = IngestClient.configuredToken("MEDIAMON_READ_TOKEN");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        boolean counted = false;
        while (!counted && System.nanoTime() < deadline) {
            Map<String, Integer> got = plan.countedMentions(alertBase, readToken);
            counted = expected.entrySet().stream().allMatch(e -> got.getOrDefault(e.getKey(), 0) >= e.getValue());
            if (!counted) {
                sleep(1_000);
            }
        }
        require(counted, "alert-service did not count the spike baseline in time", root);
        System.err.printf("chaos: %d spike entities registered, %d baseline articles counted%n",
                plan.spikes().size(), baseline.size());
    }

    /**
     * Sends the baseline three hours of event time at a time, each slice only once the previous one is tagged.
     * Two analysis tasks each run through their own partition of a backlog at their own pace, so a whole
     * backlog sent at once would reach alert-service hours out of order, beyond the grace period; a slice spans
     * less than the grace.
     */
    private void sendInEventTimeSlices(IngestClient client, KafkaSettings kafka, List<ArticleSubmission> baseline,
                                       Path root) {
        long sliceMs = Duration.ofHours(3).toMillis();
        try (TopicReader<TaggedArticle> reader = new TopicReader<>(kafka, kafka.topics().articlesTagged())) {
            int from = 0;
            while (from < baseline.size()) {
                long sliceEnd = Instant.parse(baseline.get(from).publishedAt()).toEpochMilli() + sliceMs;
                int to = from;
                while (to < baseline.size() && Instant.parse(baseline.get(to).publishedAt()).toEpochMilli() < sliceEnd) {
                    to++;
                }
                Set<String> ids = new HashSet<>();
                for (int at = from; at < to; at += 100) {
                    List<ArticleSubmission> batch = baseline.subList(at, Math.min(to, at + 100));
                    ids.addAll(postUntilAccepted(client, batch));
                }
                List<ConsumerRecord<String, TaggedArticle>> got = reader.readUntil(all -> all.stream()
                        .map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids),
                        Duration.ofMinutes(2));
                require(got.stream().map(ConsumerRecord::key).collect(Collectors.toSet())
                        .containsAll(ids), "a baseline slice was not tagged within 2 minutes", root);
                from = to;
            }
        }
    }

    /** Posts a batch until ingest acknowledges all of its lines (ids are stable, so resends are dropped). */
    private List<String> postUntilAccepted(IngestClient client, List<ArticleSubmission> batch) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                IngestClient.Response response = client.postBatch(batch);
                if (response.status() == 202) {
                    List<String> ids = IngestClient.acceptedIds(response);
                    accepted.addAll(ids);
                    return ids;
                }
            } catch (IOException e) {
                // ingest or the broker is restarting: send the batch again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
            sleep(500);
        }
        return List.of();
    }

    /**
     * Sends every article, retrying a batch until ingest acknowledges all of its lines; the bursts of the spike
     * entities go in between, spread evenly over the run.
     */
    private void send(IngestClient client, SpikePlan plan, double perSecond, AtomicBoolean sending) {
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
        int spikes = plan.spikes().size();
        int nextSpike = 0;
        for (int from = 0; from < all.size() && sending.get(); from += batchSize) {
            List<ArticleSubmission> batch = all.subList(from, Math.min(all.size(), from + batchSize));
            postUntilAccepted(client, batch);
            // spike k goes out once (k + 0.5) / spikes of the articles are sent
            while (nextSpike < spikes && from + batch.size() >= (nextSpike + 0.5) / spikes * all.size()) {
                postUntilAccepted(client, plan.burst(nextSpike, Instant.now()));
                System.err.printf("chaos: burst %d/%d sent (%s)%n", nextSpike + 1, spikes,
                        plan.spikes().get(nextSpike).name());
                nextSpike++;
            }
            long due = start + (long) ((from + batch.size()) / perSecond * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000);
            }
        }
    }

    private Map<String, Object> measure(Map<String, String> env, WebhookReceiver receiver, SpikePlan plan)
            throws Exception {
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
        Set<String> spikeIds = new HashSet<>();
        plan.spikes().forEach(s -> spikeIds.add(s.id()));
        Set<String> alertedEntities = new HashSet<>();
        try (TopicReader<AlertEvent> reader = new TopicReader<>(kafka, kafka.topics().alerts())) {
            // the last bursts may still be on their way through alert-service
            reader.readUntil(got -> got.stream().map(ConsumerRecord::key).collect(Collectors.toSet())
                    .containsAll(spikeIds), Duration.ofSeconds(90));
            reader.drain(Duration.ofSeconds(10)).forEach(r -> {
                alertIds.add(r.value().id());
                alertedEntities.add(r.key());
            });
        }
        // deliveries are retried with backoff and wait for an open circuit: give them time to land
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
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
        figures.put("alerts_delivered_not_on_topic", delivered.keySet().stream().filter(id -> !alertIds.contains(id))
                .count());
        figures.put("spike_entities", (long) spikeIds.size());
        figures.put("spike_entities_alerted", spikeIds.stream().filter(alertedEntities::contains).count());
        figures.put("webhook_bad_signatures", receiver.badSignatures());
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
