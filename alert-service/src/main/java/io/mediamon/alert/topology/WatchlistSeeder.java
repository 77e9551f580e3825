package io.mediamon.alert.topology;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.topic.Topic;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured watchlist seeds the watchlist topic on first start only, when the topic has never been
 * written. From then on the topic (changed through the HTTP API) is the source of truth, so an entity
 * removed at runtime stays removed across restarts.
 */
public final class WatchlistSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(WatchlistSeeder.class);

    private WatchlistSeeder() {
    }

    public static void seedIfEmpty(KafkaSettings kafka, List<WatchRule> rules) {
        Topic<String, WatchRule> topic = kafka.topics().watchlist();
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            TopicDescription description = admin.describeTopics(List.of(topic.name())).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic.name());
            Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
            description.partitions().forEach(p -> request.put(new TopicPartition(topic.name(), p.partition()),
                    OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(request).all()
                    .get(30, TimeUnit.SECONDS);
            if (ends.values().stream().anyMatch(info -> info.offset() > 0)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the watchlist topic", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the watchlist topic " + topic.name() + ": " + e.getMessage(),
                    e);
        }
        try (KafkaProducer<String, WatchRule> producer = new KafkaProducer<>(kafka.durableProducerProperties(),
                new StringSerializer(), topic.valueSerde().serializer())) {
            for (WatchRule rule : rules) {
                producer.send(new ProducerRecord<>(topic.name(), rule.entityId(), rule));
            }
            producer.flush();
        }
        LOG.info("seeded the watchlist with {} entities from configuration", rules.size());
    }

}
