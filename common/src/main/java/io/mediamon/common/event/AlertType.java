package io.mediamon.common.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an alert is about. The JSON values are the strings subscribers already read. */
public enum AlertType {
    /** Coverage far above the entity's baseline. */
    SPIKE("spike"),
    /** Sentiment toward the entity turned sharply against its baseline. */
    SENTIMENT_SHIFT("sentiment_shift"),
    /** Coverage vanished: a feed outage, or a story that stopped (only for watch rules that ask for it). */
    DROP("drop");

    private final String wire;

    AlertType(String wire) {
        this.wire = wire;
    }

    /** The JSON and CloudEvents-type spelling. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
