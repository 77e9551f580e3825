package io.mediamon.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a topic tag was found. In JSON it is the lower-case name: {@code rule} or {@code model}. */
public enum TopicSource {
    /** a boolean keyword rule held ({@code matches} lists the words) */
    RULE,
    /** the zero-shot tagger: the article reads like the topic's description */
    MODEL;

    @JsonValue
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TopicSource parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
