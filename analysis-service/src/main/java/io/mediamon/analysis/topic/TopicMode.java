package io.mediamon.analysis.topic;

import java.util.Locale;

/** How topics are tagged ({@code MEDIAMON_TOPICS}). */
public enum TopicMode {
    /** boolean rules only, as before the model */
    RULES,
    /**
     * the zero-shot IPTC tagger, plus the domain and user rules (and {@code ABOUT} terms); the article embedding is made
     * by the encoder's last layers on the headline and lead
     */
    MODEL,
    /**
     * as {@link #MODEL}, with the article embedding predicted from the middle-layer passes the contextual sentiment
     * scorer reads ({@link LayerProjection}): no last-layer runs, but less accurate (see the README); opt-in
     */
    MODEL_PROJECTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the zero-shot tagger runs. */
    public boolean usesModel() {
        return this != RULES;
    }

    public static TopicMode parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
