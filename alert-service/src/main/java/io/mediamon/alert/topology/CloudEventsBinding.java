package io.mediamon.alert.topology;

import io.mediamon.alert.config.AlertConfig.CloudEventsMode;
import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertEvent;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The Kafka protocol binding of CloudEvents 1.0 for the alerts topic. Structured mode (the default) writes the whole
 * event as JSON with {@code content-type: application/cloudevents+json}; binary mode writes the alert alone as the
 * value, with the event attributes in {@code ce_*} headers and {@code content-type: application/json}.
 */
final class CloudEventsBinding implements FixedKeyProcessor<String, AlertEvent, byte[]> {
    static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";
    static final String CONTENT_TYPE = "content-type";

    private final CloudEventsMode mode;
    private final Serializer<AlertEvent> events;
    private final Serializer<Alert> alerts;
    private FixedKeyProcessorContext<String, byte[]> context;

    CloudEventsBinding(CloudEventsMode mode, Serializer<AlertEvent> events, Serializer<Alert> alerts) {
        this.mode = mode;
        this.events = events;
        this.alerts = alerts;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, AlertEvent> record) {
        AlertEvent event = record.value();
        Headers headers = new RecordHeaders();
        byte[] value;
        if (mode == CloudEventsMode.BINARY) {
            header(headers, CONTENT_TYPE, event.datacontenttype());
            header(headers, "ce_specversion", event.specversion());
            header(headers, "ce_id", event.id());
            header(headers, "ce_source", event.source());
            header(headers, "ce_type", event.type());
            header(headers, "ce_subject", event.subject());
            header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(event.time()));
            header(headers, "ce_dataschema", event.dataschema());
            value = alerts.serialize(null, event.data());
        } else {
            header(headers, CONTENT_TYPE, STRUCTURED_CONTENT_TYPE);
            value = events.serialize(null, event);
        }
        context.forward(record.withValue(value).withHeaders(headers));
    }

    private static void header(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
