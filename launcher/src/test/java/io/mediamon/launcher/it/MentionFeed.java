package io.mediamon.launcher.it;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.Evidence;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes mentions straight to the mentions topic, as analysis-service would, for alert-service tests. */
final class MentionFeed implements AutoCloseable {
    private static final long HOUR = 3_600_000L;
    private final KafkaProducer<String, Mention> producer;
    private final String topic;
    private int counter;

    MentionFeed(KafkaSettings kafka) {
        this.topic = kafka.topics().mentions().name();
        this.producer = new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(),
                kafka.topics().mentions().valueSerde().serializer());
    }

    void mention(String entityId, String name, Instant at) {
        mention(entityId, name, at, null);
    }

    /** A mention of an article in a given story (null: a story of its own). */
    void mention(String entityId, String name, Instant at, String story) {
        String article = entityId + "-article-" + (counter++);
        producer.send(new ProducerRecord<>(topic, entityId, new Mention(entityId, name, article,
                story == null ? article : story, story != null,
                "outlet" + counter % 5 + ".example", "Story " + article, at, at,
                new Sentiment(SentimentLabel.NEGATIVE, -0.4, 0.8), List.of("diplomacy"), "company", "gazetteer",
                new Evidence("A sentence about " + name + " in " + article + ".", -0.4, SentimentLabel.NEGATIVE,
                        List.of()))));
    }

    /**
     * For each entity (id to name): about one and a half stories an hour over the {@code hours} before
     * {@code now}, then a burst of 25 in the current hour; all sent in event-time order, as a live feed would be.
     */
    void baselineThenBurst(Map<String, String> entities, Instant now, int hours) {
        long hourStart = Math.floorDiv(now.toEpochMilli(), HOUR) * HOUR;
        List<Map.Entry<Instant, String>> timeline = new ArrayList<>();
        for (String entityId : entities.keySet()) {
            Random random = new Random(entityId.hashCode());
            for (int h = hours; h >= 1; h--) {
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    timeline.add(Map.entry(Instant.ofEpochMilli(hourStart - h * HOUR + (i + 1) * HOUR / (n + 1)),
                            entityId));
                }
            }
            for (int i = 0; i < 25; i++) {
                timeline.add(Map.entry(Instant.ofEpochMilli(hourStart + i * 1_000L), entityId));
            }
        }
        timeline.sort(Map.Entry.comparingByKey());
        timeline.forEach(entry -> mention(entry.getValue(), entities.get(entry.getValue()), entry.getKey()));
        producer.flush();
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
