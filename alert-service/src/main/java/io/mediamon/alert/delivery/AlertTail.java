package io.mediamon.alert.delivery;

import io.mediamon.common.event.AlertEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Feeds the SSE hub from every partition of the alerts topic (no consumer group: each instance's SSE clients see
 * every alert). It starts a bounded distance back from the end of each partition, so the hub's replay buffer,
 * which serves {@code Last-Event-ID}, holds the latest alerts again after a restart.
 */
final class AlertTail implements Supervisor.Loop {
    private final Supplier<Consumer<String, AlertEvent>> consumers;
    private final String topic;
    private final SseHub hub;
    private final int replay;
    private volatile Consumer<String, AlertEvent> consumer;
    private volatile boolean started;
    private volatile boolean stopped;

    AlertTail(Supplier<Consumer<String, AlertEvent>> consumers, String topic, SseHub hub, int replay) {
        this.consumers = consumers;
        this.topic = topic;
        this.hub = hub;
        this.replay = replay;
    }

    @Override
    public void run() {
        try (Consumer<String, AlertEvent> c = consumers.get()) {
            consumer = c;
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : c.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            if (partitions.isEmpty()) {
                throw new IllegalStateException("alerts topic has no partitions");
            }
            c.assign(partitions);
            Map<TopicPartition, Long> begin = c.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            long perPartition = Math.max(1, (replay + partitions.size() - 1) / partitions.size());
            for (TopicPartition partition : partitions) {
                c.seek(partition, Math.max(begin.get(partition), end.get(partition) - perPartition));
            }
            started = true;
            while (!stopped) {
                try {
                    for (ConsumerRecord<String, AlertEvent> record : c.poll(Duration.ofMillis(250))) {
                        if (record.value() != null) {
                            hub.publish(record.value());
                        }
                    }
                } catch (RecordDeserializationException e) {
                    // the target workers dead-letter it; the stream skips it
                    c.seek(e.topicPartition(), e.offset() + 1);
                }
            }
        } catch (WakeupException e) {
            if (!stopped) {
                throw e;
            }
        } finally {
            started = false;
        }
    }

    @Override
    public void stop() {
        stopped = true;
        Consumer<String, AlertEvent> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    @Override
    public boolean started() {
        return started;
    }
}
