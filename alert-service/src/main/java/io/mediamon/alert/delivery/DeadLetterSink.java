package io.mediamon.alert.delivery;

import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.streams.DeadLetters;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes delivery dead letters and waits for Kafka's acknowledgement: a failed delivery counts as handled (its
 * offset may be committed) only once its dead letter is stored.
 */
final class DeadLetterSink implements AutoCloseable {
    /** The dead letter was not acknowledged; the record must not be committed. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final KafkaProducer<String, DeadLetter> producer;
    private final String topic;
    private final Duration timeout;

    DeadLetterSink(KafkaProducer<String, DeadLetter> producer, String topic, Duration timeout) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
    }

    void send(DeadLetter letter) {
        try {
            producer.send(new ProducerRecord<>(topic, DeadLetters.key(letter), letter))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new Unavailable("dead letter not acknowledged", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while writing a dead letter", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
