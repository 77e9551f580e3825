package io.mediamon.launcher.bench;

import io.mediamon.common.config.KafkaSettings;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches an output topic (read_committed, as a subscriber sees it) until {@code expected} distinct keys
 * arrived; records the rate between the first and last arrival and, optionally, each record's latency.
 */
final class OutputRate<V> {
    private final KafkaSettings kafka;
    private final String topic;
    private final Deserializer<V> deserializer;

    OutputRate(KafkaSettings kafka, String topic, Deserializer<V> deserializer) {
        this.kafka = kafka;
        this.topic = topic;
        this.deserializer = deserializer;
    }

    /** What one measurement saw. */
    record Result(int received, long firstNanos, long lastNanos) {
        double perSecond() {
            return received < 2 ? 0 : (received - 1) / ((lastNanos - firstNanos) / 1e9);
        }
    }

    Result await(int expected, Duration timeout, ToLongFunction<V> sentAtMillis, LatencyRecorder latencies) {
        return await(expected, timeout, value -> true, sentAtMillis, latencies);
    }

    /** As above, counting only the records that {@code include} accepts. */
    Result await(int expected, Duration timeout, java.util.function.Predicate<V> include,
                 ToLongFunction<V> sentAtMillis, LatencyRecorder latencies) {
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "mediamon-bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        Set<String> seen = new java.util.HashSet<>();
        long first = 0;
        long last = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), deserializer)) {
            consumer.subscribe(Set.of(topic));
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    if (include.test(record.value()) && seen.add(record.key())) {
                        if (first == 0) {
                            first = now;
                        }
                        last = now;
                        if (latencies != null && sentAtMillis != null) {
                            latencies.add(System.currentTimeMillis() - sentAtMillis.applyAsLong(record.value()));
                        }
                    }
                }
            }
        }
        return new Result(seen.size(), first, last);
    }
}
