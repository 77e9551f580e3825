package io.mediamon.common.streams;

import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.serde.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Builds dead letters that say where a record came from, which stage refused it and why. */
public final class DeadLetters {
    /** The payload kept in a dead letter is cut to this many characters. */
    public static final int MAX_PAYLOAD_CHARS = 64 * 1024;
    /** Reasons and error texts are cut to this many characters. */
    public static final int MAX_REASON_CHARS = 2_000;
    private static final JsonSerde<DeadLetter> SERDE = JsonSerde.of(DeadLetter.class);

    private DeadLetters() {
    }

    public static DeadLetter of(String service, DeadLetter.Stage stage, RecordMetadata metadata, String key,
                                byte[] payload, String reason, Throwable error) {
        return of(service, stage, metadata == null ? null : metadata.topic(),
                metadata == null ? -1 : metadata.partition(), metadata == null ? -1 : metadata.offset(),
                key, payload, reason, error);
    }

    public static DeadLetter of(String service, DeadLetter.Stage stage, String topic, int partition, long offset,
                                String key, byte[] payload, String reason, Throwable error) {
        String text = payload == null ? null : new String(payload, 0,
                Math.min(payload.length, MAX_PAYLOAD_CHARS * 4), StandardCharsets.UTF_8);
        return new DeadLetter(service, stage, topic, partition, offset, cut(key, MAX_REASON_CHARS),
                cut(reason, MAX_REASON_CHARS),
                error == null ? null : cut(error.getClass().getName() + ": " + error.getMessage(), MAX_REASON_CHARS),
                cut(text, MAX_PAYLOAD_CHARS), Instant.now());
    }

    /** The dead-letter topic's key: source topic and offset, so a record is easy to find again. */
    public static String key(DeadLetter letter) {
        return letter.sourceTopic() + "/" + letter.partition() + "@" + letter.offset();
    }

    /** The letter as a serialised record for the dead-letter topic, as the Streams error handlers return it. */
    public static ProducerRecord<byte[], byte[]> record(String deadLetterTopic, DeadLetter letter) {
        return new ProducerRecord<>(deadLetterTopic, key(letter).getBytes(StandardCharsets.UTF_8),
                SERDE.serialize(deadLetterTopic, letter));
    }

    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
