package io.mediamon.ingest.publish;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.streams.DeadLetters;
import io.mediamon.common.topic.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes accepted articles to the raw topic, keyed by id, through an idempotent producer with
 * {@code acks=all}; and refused file or feed items to the dead-letter topic.
 */
public final class ArticlePublisher implements AutoCloseable {
    private final Producer<String, Article> articles;
    private final Producer<String, DeadLetter> deadLetters;
    private final Topic<String, Article> articleTopic;
    private final Topic<String, DeadLetter> deadLetterTopic;
    private final KafkaClientMetrics articleMetrics;

    public ArticlePublisher(KafkaSettings kafka, MeterRegistry registry) {
        this.articleTopic = kafka.topics().articlesRaw();
        this.deadLetterTopic = kafka.topics().deadLetters();
        this.articles = new KafkaProducer<>(producerProperties(kafka, "ingest-articles"), new StringSerializer(),
                articleTopic.valueSerde().serializer());
        this.deadLetters = new KafkaProducer<>(producerProperties(kafka, "ingest-deadletters"),
                new StringSerializer(), deadLetterTopic.valueSerde().serializer());
        this.articleMetrics = new KafkaClientMetrics(articles);
        articleMetrics.bindTo(registry);
    }

    static Properties producerProperties(KafkaSettings kafka, String clientId) {
        Properties props = kafka.durableProducerProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        return props;
    }

    /** Completes when the broker has the article on all in-sync replicas. */
    public CompletableFuture<RecordMetadata> publish(Article article) {
        return send(articles, new ProducerRecord<>(articleTopic.name(), article.id(), article));
    }

    public CompletableFuture<RecordMetadata> deadLetter(DeadLetter letter) {
        return send(deadLetters, new ProducerRecord<>(deadLetterTopic.name(), DeadLetters.key(letter), letter));
    }

    private static <V> CompletableFuture<RecordMetadata> send(Producer<String, V> producer,
                                                              ProducerRecord<String, V> record) {
        CompletableFuture<RecordMetadata> done = new CompletableFuture<>();
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                done.complete(metadata);
            }
        });
        return done;
    }

    public void flush() {
        articles.flush();
        deadLetters.flush();
    }

    @Override
    public void close() {
        articleMetrics.close();
        articles.close(Duration.ofSeconds(10));
        deadLetters.close(Duration.ofSeconds(10));
    }
}
