package io.mediamon.alert.delivery;

import io.mediamon.alert.config.AlertConfig;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.serde.Json;
import io.mediamon.common.streams.DeadLetters;
import io.mediamon.common.topic.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads committed alert events and delivers each to the SSE stream, the signed webhooks and Slack.
 * A delivery that still fails after its retries is recorded on the dead-letter topic with the reason;
 * offsets are committed only after every target has been tried, so nothing is lost silently.
 */
public final class AlertDispatcher implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final int RECENT = 200;

    private final AlertConfig config;
    private final SseHub sse;
    private final WebhookSender sender;
    private final KafkaConsumer<String, AlertEvent> consumer;
    private final KafkaProducer<String, DeadLetter> deadLetters;
    private final KafkaClientMetrics consumerMetrics;
    private final Topic<String, AlertEvent> alerts;
    private final Deque<AlertEvent> recent = new ArrayDeque<>();
    private final Thread thread;
    private volatile boolean running = true;

    public AlertDispatcher(AlertConfig config, SseHub sse, MeterRegistry registry) {
        this.config = config;
        this.sse = sse;
        this.alerts = config.kafka().topics().alerts();
        this.sender = new WebhookSender(config.webhookSecret() == null ? null
                : new WebhookSigner(config.webhookSecret()), config.webhookAttempts(), config.webhookBackoff(),
                registry);
        Properties consumerProps = config.kafka().clientProperties();
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, config.applicationId() + "-delivery");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        consumerProps.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 600_000);
        consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        this.consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                alerts.valueSerde().deserializer());
        Properties producerProps = config.kafka().durableProducerProperties();
        Topic<String, DeadLetter> dlq = config.kafka().topics().deadLetters();
        this.deadLetters = new KafkaProducer<>(producerProps, new StringSerializer(), dlq.valueSerde().serializer());
        this.consumerMetrics = new KafkaClientMetrics(consumer);
        consumerMetrics.bindTo(registry);
        this.thread = new Thread(this, "alert-dispatcher");
        thread.setDaemon(true);
    }

    public AlertDispatcher start() {
        thread.start();
        return this;
    }

    /** The most recent alert events seen, newest last. */
    public synchronized List<AlertEvent> recent() {
        return List.copyOf(recent);
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(Set.of(alerts.name()));
            while (running) {
                ConsumerRecords<String, AlertEvent> records;
                try {
                    records = consumer.poll(Duration.ofMillis(200));
                } catch (org.apache.kafka.common.errors.RecordDeserializationException e) {
                    recordFailure(e.topicPartition().topic(), e.topicPartition().partition(), e.offset(), null,
                            "undecodable alert event: " + e.getMessage(), null);
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                    continue;
                }
                for (ConsumerRecord<String, AlertEvent> record : records) {
                    deliver(record);
                }
                if (!records.isEmpty()) {
                    deadLetters.flush();
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("alert delivery stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void deliver(ConsumerRecord<String, AlertEvent> record) {
        AlertEvent event = record.value();
        if (event == null) {
            return;
        }
        synchronized (this) {
            recent.addLast(event);
            while (recent.size() > RECENT) {
                recent.removeFirst();
            }
        }
        try {
            sse.publish(event);
            byte[] body = Json.mapper().writeValueAsBytes(event);
            for (URI hook : config.webhooks()) {
                WebhookSender.Result result = sender.deliver(hook, "webhook", body, event.id());
                if (!result.delivered()) {
                    recordFailure(record.topic(), record.partition(), record.offset(), record.key(),
                            "webhook " + hook + " failed after " + result.attempts() + " attempts: "
                                    + result.lastError(), body);
                }
            }
            byte[] slack = config.slackWebhooks().isEmpty() ? null
                    : Json.mapper().writeValueAsBytes(SlackMessage.of(event.data()));
            for (URI hook : config.slackWebhooks()) {
                WebhookSender.Result result = sender.deliver(hook, "slack", slack, event.id());
                if (!result.delivered()) {
                    recordFailure(record.topic(), record.partition(), record.offset(), record.key(),
                            "slack webhook failed after " + result.attempts() + " attempts: " + result.lastError(),
                            slack);
                }
            }
        } catch (IOException e) {
            recordFailure(record.topic(), record.partition(), record.offset(), record.key(),
                    "cannot encode alert event: " + e.getMessage(), null);
        }
    }

    private void recordFailure(String topic, int partition, long offset, String key, String reason, byte[] body) {
        LOG.warn("alert delivery failure: {}", reason);
        String payload = body == null ? null : new String(body, java.nio.charset.StandardCharsets.UTF_8);
        DeadLetter letter = new DeadLetter("alert-service", DeadLetter.Stage.DELIVERY, topic, partition, offset, key, reason, null, payload,
                Instant.now());
        deadLetters.send(new ProducerRecord<>(config.kafka().topics().deadLetters().name(), DeadLetters.key(letter),
                letter));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumerMetrics.close();
        deadLetters.close(Duration.ofSeconds(5));
    }
}
