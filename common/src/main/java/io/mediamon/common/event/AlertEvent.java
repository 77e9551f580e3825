package io.mediamon.common.event;

import java.time.Instant;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode, carrying an {@link Alert} as {@code data}.
 * This is the value written to the alerts topic.
 */
public record AlertEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        Alert data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    public static final String TYPE_PREFIX = "io.mediamon.alert.";
    /** The JSON Schema of the alerts topic, which describes {@code data} under {@code $defs/Alert}. */
    public static final String DATA_SCHEMA = "https://mediamon.io/schemas/alerts.schema.json#/$defs/Alert";

    /** Wraps an alert; the event id is unique per lifecycle step, the alert id is shared. */
    public static AlertEvent of(Alert alert, String source) {
        String eventId = alert.alertId() + ":" + alert.status().wire() + ":" + alert.updatedAt().toEpochMilli();
        return new AlertEvent(SPEC_VERSION, eventId, source, TYPE_PREFIX + alert.type().wire(), alert.entityId(),
                alert.updatedAt(), CONTENT_TYPE, DATA_SCHEMA, alert);
    }
}
