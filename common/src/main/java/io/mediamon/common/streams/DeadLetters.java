package io.mediamon.common.streams;

import io.mediamon.common.event.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Builds dead letters that say where a record came from and why it was rejected. */
public final class DeadLetters {
    /** The payload kept in a dead letter is cut to this many characters. */
    public static final int MAX_PAYLOAD_CHARS = 64 * 1024;

    private DeadLetters() {
    }

    public static DeadLetter of(String service, RecordMetadata metadata, String key, byte[] payload, String reason,
                                Throwable error) {
        String text = payload == null ? null : new String(payload, StandardCharsets.UTF_8);
        if (text != null && text.length() > MAX_PAYLOAD_CHARS) {
            text = text.substring(0, MAX_PAYLOAD_CHARS);
        }
        return new DeadLetter(service,
                metadata == null ? null : metadata.topic(),
                metadata == null ? -1 : metadata.partition(),
                metadata == null ? -1 : metadata.offset(),
                key, reason, error == null ? null : error.getClass().getName() + ": " + error.getMessage(), text,
                Instant.now());
    }

    /** The dead-letter topic's key: source topic and offset, so a record is easy to find again. */
    public static String key(DeadLetter letter) {
        return letter.sourceTopic() + "/" + letter.partition() + "@" + letter.offset();
    }
}
