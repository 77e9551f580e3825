package io.mediamon.ingest.source;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.FeedState;
import io.mediamon.common.topic.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Feed state that survives a restart: the compacted feed-state topic, keyed by feed URL. Read in full at
 * start-up; each write waits for the broker's acknowledgement.
 */
public final class FeedStateStore implements AutoCloseable {
    private static final Duration LOAD_BUDGET = Duration.ofSeconds(30);

    private final KafkaSettings kafka;
    private final Topic<String, FeedState> topic;
    private final Producer<String, FeedState> producer;

    public FeedStateStore(KafkaSettings kafka) {
        this.kafka = kafka;
        this.topic = kafka.topics().feedState();
        Properties props = kafka.durableProducerProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-feed-state");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), topic.valueSerde().serializer());
    }

    /** Every feed's latest state, read from the beginning of the topic to its current end. */
    public Map<String, FeedState> load() {
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-feed-state-loader");
        Map<String, FeedState> states = new HashMap<>();
        try (KafkaConsumer<String, FeedState> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                topic.valueSerde().deserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic.name(), LOAD_BUDGET);
            if (partitions == null || partitions.isEmpty()) {
                return states;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, LOAD_BUDGET);
            long deadline = System.nanoTime() + LOAD_BUDGET.toNanos();
            while (!caughtUp(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("feed state topic " + topic.name() + " could not be read within "
                            + LOAD_BUDGET);
                }
                for (ConsumerRecord<String, FeedState> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        states.remove(record.key());
                    } else {
                        states.put(record.key(), record.value());
                    }
                }
            }
        }
        return states;
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Writes one feed's state and waits until the broker has it. */
    public void save(FeedState state) throws ExecutionException, InterruptedException, TimeoutException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic.name(), state.feedUrl(), state), (metadata, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                done.complete(null);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
