package io.mediamon.alert.delivery;

import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.net.SafeHttpClient;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A webhook: the CloudEvent in structured mode ({@code Content-Type: application/cloudevents+json}, the CloudEvents
 * HTTP binding), signed as Standard Webhooks does, with the CloudEvent id as {@code webhook-id}.
 */
final class WebhookTarget extends HttpTarget {
    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final WebhookSigner signer;

    WebhookTarget(URI url, SafeHttpClient client, WebhookSigner signer) {
        super("webhook", url, client);
        this.signer = signer;
    }

    @Override
    public String kind() {
        return "webhook";
    }

    @Override
    public Outcome attempt(AlertEvent event) {
        byte[] body = body(event);
        long now = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSigner.ID_HEADER, event.id());
        headers.put(WebhookSigner.TIMESTAMP_HEADER, Long.toString(now));
        headers.put(WebhookSigner.SIGNATURE_HEADER, signer.sign(event.id(), now, body));
        return post(body, CONTENT_TYPE, headers);
    }

    @Override
    public String payload(AlertEvent event) {
        return new String(body(event), StandardCharsets.UTF_8);
    }

    private static byte[] body(AlertEvent event) {
        try {
            return Json.mapper().writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
