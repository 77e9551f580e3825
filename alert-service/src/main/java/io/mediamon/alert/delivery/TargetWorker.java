package io.mediamon.alert.delivery;

import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.net.UrlRedaction;
import io.mediamon.common.streams.DeadLetters;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One target's queue: its own consumer group on the alerts topic, so a slow or dead target only delays itself.
 * Each record is delivered (with retries, backoff and the circuit breaker) or dead-lettered, and only then is its
 * offset committed, so the committed offset is this target's low watermark: after a restart or a rebalance,
 * whatever was not yet delivered or dead-lettered is delivered again (at least once; the CloudEvent id is the
 * dedupe key).
 */
final class TargetWorker implements Supervisor.Loop {
    private static final Logger LOG = LoggerFactory.getLogger(TargetWorker.class);

    private final DeliveryTarget target;
    private final Supplier<Consumer<String, AlertEvent>> consumers;
    private final String topic;
    private final RetryingDelivery delivery;
    private final DeadLetterSink deadLetters;
    private final CountDownLatch stopped;
    private volatile Consumer<String, AlertEvent> consumer;
    private volatile boolean started;

    /**
     * @param deliveries makes this worker's retrying delivery around a waiter that ends when the worker stops
     */
    TargetWorker(DeliveryTarget target, Supplier<Consumer<String, AlertEvent>> consumers, String topic,
                 Function<RetryingDelivery.Waiter, RetryingDelivery> deliveries, DeadLetterSink deadLetters) {
        this.target = target;
        this.consumers = consumers;
        this.topic = topic;
        this.deadLetters = deadLetters;
        this.stopped = new CountDownLatch(1);
        this.delivery = deliveries.apply(duration -> {
            if (stopped.await(duration.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new InterruptedException("stopping");
            }
        });
    }

    @Override
    public void run() throws InterruptedException {
        try (Consumer<String, AlertEvent> c = consumers.get()) {
            consumer = c;
            c.subscribe(Set.of(topic));
            started = true;
            while (stopped.getCount() > 0) {
                ConsumerRecords<String, AlertEvent> records;
                try {
                    records = c.poll(Duration.ofMillis(250));
                } catch (RecordDeserializationException e) {
                    TopicPartition partition = e.topicPartition();
                    deadLetters.send(letter(partition.topic(), partition.partition(), e.offset(), null,
                            "undecodable alert event", UrlRedaction.text(e.getMessage()), null));
                    c.seek(partition, e.offset() + 1);
                    c.commitSync(Map.of(partition, new OffsetAndMetadata(e.offset() + 1)));
                    continue;
                }
                for (ConsumerRecord<String, AlertEvent> record : records) {
                    if (stopped.getCount() == 0) {
                        return;
                    }
                    handle(record);
                    c.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1)));
                }
            }
        } catch (WakeupException e) {
            if (stopped.getCount() > 0) {
                throw e;
            }
        } finally {
            started = false;
        }
    }

    private void handle(ConsumerRecord<String, AlertEvent> record) throws InterruptedException {
        AlertEvent event = record.value();
        if (event == null) {
            return;
        }
        RetryingDelivery.Result result;
        String payload = null;
        try {
            result = delivery.deliver(event);
            if (result.delivered()) {
                return;
            }
            payload = target.payload(event);
        } catch (RuntimeException e) {
            result = new RetryingDelivery.Result(false, 0, "unexpected " + e.getClass().getSimpleName());
        }
        String reason = target.label() + " failed after " + result.attempts() + " attempt"
                + (result.attempts() == 1 ? "" : "s") + ": " + result.reason();
        LOG.warn("alert {} not delivered: {}", event.id(), reason);
        deadLetters.send(letter(record.topic(), record.partition(), record.offset(), record.key(), reason, null,
                payload));
    }

    private static DeadLetter letter(String topic, int partition, long offset, String key, String reason,
                                     String error, String payload) {
        String kept = payload == null || payload.length() <= DeadLetters.MAX_PAYLOAD_CHARS ? payload
                : payload.substring(0, DeadLetters.MAX_PAYLOAD_CHARS);
        return new DeadLetter("alert-service", DeadLetter.Stage.DELIVERY, topic, partition, offset, key, reason, error, kept,
                Instant.now());
    }

    @Override
    public void stop() {
        stopped.countDown();
        Consumer<String, AlertEvent> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    @Override
    public boolean started() {
        return started;
    }

    CircuitBreaker.State circuit() {
        return delivery.breaker().state();
    }
}
