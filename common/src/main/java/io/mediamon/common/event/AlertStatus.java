package io.mediamon.common.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** Lifecycle step of an alert event. The JSON values are the strings subscribers already read. */
public enum AlertStatus {
    OPEN("open"),
    UPDATE("update"),
    RESOLVED("resolved");

    private final String wire;

    AlertStatus(String wire) {
        this.wire = wire;
    }

    /** The JSON spelling. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
