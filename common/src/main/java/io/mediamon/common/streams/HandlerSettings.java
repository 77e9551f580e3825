package io.mediamon.common.streams;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The custom Streams properties the dead-letter exception handlers read in {@code configure}. */
final class HandlerSettings {
    static final String SERVICE = "mediamon.service";
    static final String DEAD_LETTER_TOPIC = "mediamon.deadletters.topic";

    final String service;
    final String deadLetterTopic;

    private HandlerSettings(String service, String deadLetterTopic) {
        this.service = service;
        this.deadLetterTopic = deadLetterTopic;
    }

    static HandlerSettings from(Map<String, ?> configs) {
        Object service = configs.get(SERVICE);
        Object topic = configs.get(DEAD_LETTER_TOPIC);
        if (topic == null) {
            throw new IllegalStateException(DEAD_LETTER_TOPIC + " is not set: build the Streams properties with "
                    + "StreamsDefaults.properties");
        }
        return new HandlerSettings(service == null ? "unknown" : service.toString(), topic.toString());
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, 0, Math.min(bytes.length, 4_096), StandardCharsets.UTF_8);
    }
}
