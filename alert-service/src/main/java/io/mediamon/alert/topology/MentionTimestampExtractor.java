package io.mediamon.alert.topology;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time of a mention: the article's publication time, falling back to the record's time when it is
 * missing, unreadable, or more than {@code maxFutureSkewMs} ahead of the record (a wrong clock at the source).
 */
public final class MentionTimestampExtractor implements TimestampExtractor {
    private final long maxFutureSkewMs;

    public MentionTimestampExtractor(long maxFutureSkewMs) {
        this.maxFutureSkewMs = maxFutureSkewMs;
    }

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        long fallback = record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0);
        if (!(record.value() instanceof byte[] bytes)) {
            return fallback;
        }
        try {
            String eventTime = topLevelText(bytes, "eventTime");
            if (eventTime == null) {
                return fallback;
            }
            long time = Instant.parse(eventTime).toEpochMilli();
            return time > fallback + maxFutureSkewMs ? fallback : time;
        } catch (IOException | DateTimeParseException | ArithmeticException e) {
            // unreadable, or out of the epoch-millisecond range: the record's own time; decode dead-letters it
            return fallback;
        }
    }

    /**
     * The text of one top-level field, read by streaming up to it (nested values are skipped, not built), or
     * null when the field is absent or not a string.
     */
    private static String topLevelText(byte[] bytes, String field) throws IOException {
        try (JsonParser parser = Json.mapper().getFactory().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean wanted = field.equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (wanted) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }
}
