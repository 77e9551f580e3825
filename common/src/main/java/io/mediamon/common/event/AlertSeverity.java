package io.mediamon.common.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** How serious an alert is, least first, so {@link #compareTo} orders escalation. JSON values are unchanged. */
public enum AlertSeverity {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String wire;

    AlertSeverity(String wire) {
        this.wire = wire;
    }

    /** The JSON spelling. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public boolean above(AlertSeverity other) {
        return compareTo(other) > 0;
    }
}
