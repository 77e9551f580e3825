package io.mediamon.alert.delivery;

import io.mediamon.alert.config.AlertConfig;
import io.mediamon.alert.config.DeliverySettings;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.net.SafeHttpClient;
import io.mediamon.common.runtime.HealthCheck;
import io.mediamon.common.topic.Topic;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Alert delivery. Each webhook and each Slack URL is a target with its own supervised worker and its own consumer
 * group on the alerts topic ({@code <application id>-delivery-<kind>-<url hash>}, new groups start at the earliest
 * offset), so one slow or dead target never delays another, and each target's committed offset is its own low
 * watermark of delivered-or-dead-lettered records. The SSE stream has its own supervised reader of every
 * partition. {@link #health()} reports all of them for readiness.
 */
public final class AlertDispatcher implements AutoCloseable {
    private static final Duration RESTART_DELAY = Duration.ofSeconds(2);

    private final AlertConfig config;
    private final SseHub sse;
    private final SafeHttpClient http;
    private final DeadLetterSink deadLetters;
    private final List<Supervisor> supervisors = new ArrayList<>();
    private final List<TargetHandle> targets = new ArrayList<>();

    private record TargetHandle(DeliveryTarget target, CircuitBreaker breaker) {
    }

    public AlertDispatcher(AlertConfig config, SseHub sse, MeterRegistry registry) {
        this.config = config;
        this.sse = sse;
        DeliverySettings delivery = config.delivery();
        this.http = new SafeHttpClient(delivery.policy(), SafeHttpClient.Limits.defaults()
                .withMaxRedirects(0)
                .withMaxBodyBytes(64 * 1024)
                .withTimeouts(min(Duration.ofSeconds(5), delivery.timeout()), delivery.timeout(),
                        delivery.timeout()), "mediamon-alert/0.1");
        Topic<String, DeadLetter> dlq = config.kafka().topics().deadLetters();
        this.deadLetters = new DeadLetterSink(new KafkaProducer<>(config.kafka().durableProducerProperties(),
                new StringSerializer(), dlq.valueSerde().serializer()), dlq.name(), Duration.ofSeconds(30));
        List<DeliveryTarget> all = new ArrayList<>();
        if (!config.webhooks().isEmpty()) {
            WebhookSigner signer = new WebhookSigner(delivery.secrets());
            for (URI url : config.webhooks()) {
                all.add(new WebhookTarget(url, http, signer));
            }
        }
        for (URI url : config.slackWebhooks()) {
            all.add(new SlackTarget(url, http));
        }
        Backoff backoff = new Backoff(config.webhookBackoff(), delivery.maxBackoff());
        String topic = config.kafka().topics().alerts().name();
        for (DeliveryTarget target : all) {
            CircuitBreaker breaker = new CircuitBreaker(delivery.breakerFailures(), delivery.breakerOpen(),
                    System::nanoTime);
            targets.add(new TargetHandle(target, breaker));
            String group = config.applicationId() + "-delivery-" + target.id();
            supervisors.add(new Supervisor(target.label(), () -> new TargetWorker(target,
                    () -> consumer(group), topic,
                    waiter -> new RetryingDelivery(target, config.webhookAttempts(), backoff, breaker, waiter,
                            registry),
                    deadLetters), RESTART_DELAY));
            Gauge.builder("mediamon.delivery.circuit.open", breaker,
                            b -> b.state() == CircuitBreaker.State.CLOSED ? 0 : 1)
                    .description("1 while a delivery target's circuit is open or half-open")
                    .tag("kind", target.kind()).tag("target", target.id()).register(registry);
        }
        supervisors.add(new Supervisor("sse", () -> new AlertTail(() -> consumer(null), topic, sse,
                delivery.sseReplay()), RESTART_DELAY));
        Gauge.builder("mediamon.sse.clients", sse, SseHub::clientCount).description("Connected SSE clients")
                .register(registry);
        FunctionCounter.builder("mediamon.sse.evictions", sse, SseHub::evictions)
                .description("SSE clients dropped for falling behind or not reading").register(registry);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A consumer of the alerts topic: in a group (targets), or assigned to every partition (group null). */
    private Consumer<String, AlertEvent> consumer(String group) {
        Properties props = config.kafka().clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (group != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
            DeliverySettings delivery = config.delivery();
            long perRecord = config.webhookAttempts() * (delivery.timeout().toMillis()
                    + delivery.maxBackoff().toMillis() + delivery.breakerOpen().toMillis()) + 30_000;
            props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE,
                    Math.max(300_000, perRecord)));
        }
        return new KafkaConsumer<>(props, new StringDeserializer(),
                config.kafka().topics().alerts().valueSerde().deserializer());
    }

    public AlertDispatcher start() {
        supervisors.forEach(Supervisor::start);
        return this;
    }

    /** The latest alert events, oldest first (the SSE replay buffer). */
    public List<AlertEvent> recent() {
        return sse.recent();
    }

    /**
     * Ready when every target worker and the SSE reader is running. An open circuit is reported but does not make
     * the service unready: the receiver is down, not delivery.
     */
    public HealthCheck health() {
        return () -> {
            boolean ok = true;
            StringJoiner detail = new StringJoiner("; ");
            for (int i = 0; i < supervisors.size(); i++) {
                Supervisor supervisor = supervisors.get(i);
                boolean running = supervisor.running();
                ok &= running;
                StringBuilder line = new StringBuilder(supervisor.name()).append(running ? " running" : " not running");
                if (i < targets.size()) {
                    line.append(", circuit ").append(targets.get(i).breaker().state());
                }
                if (supervisor.restarts() > 0) {
                    line.append(", ").append(supervisor.restarts()).append(" restarts, last: ")
                            .append(supervisor.lastError());
                }
                detail.add(line);
            }
            return new HealthCheck.Status(ok, "delivery: " + detail);
        };
    }

    @Override
    public void close() {
        supervisors.forEach(Supervisor::close);
        http.close();
        deadLetters.close();
    }
}
