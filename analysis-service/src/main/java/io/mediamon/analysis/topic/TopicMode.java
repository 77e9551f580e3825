package io.mediamon.analysis.topic;

import java.util.Locale;

/** How topics are tagged ({@code MEDIAMON_TOPICS}). */
public enum TopicMode {
    /** boolean rules only, as before the model */
    RULES,
    /** the zero-shot IPTC tagger and described user topics, plus the domain and user rules */
    MODEL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TopicMode parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
