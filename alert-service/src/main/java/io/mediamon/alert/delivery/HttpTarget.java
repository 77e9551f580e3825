package io.mediamon.alert.delivery;

import io.mediamon.common.net.BlockedTargetException;
import io.mediamon.common.net.SafeHttpClient;
import io.mediamon.common.net.UrlRedaction;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** The common part of webhook and Slack targets: one POST through the guarded client, classified. */
abstract class HttpTarget implements DeliveryTarget {
    private final URI url;
    private final SafeHttpClient client;
    private final String id;
    private final String label;

    HttpTarget(String kind, URI url, SafeHttpClient client) {
        this.url = url;
        this.client = client;
        this.id = kind + "-" + hash(url.toString());
        this.label = kind + " " + UrlRedaction.url(url);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** POSTs and classifies: 2xx delivered; 408, 425, 429, 5xx and I/O errors retried; anything else rejected. */
    Outcome post(byte[] body, String contentType, Map<String, String> headers) {
        try {
            SafeHttpClient.Response response = client.send(SafeHttpClient.Request.post(url, headers, body,
                    contentType));
            int status = response.status();
            if (status >= 200 && status < 300) {
                return Outcome.delivered();
            }
            if (status == 408 || status == 425 || status == 429 || status >= 500) {
                return Outcome.retry("HTTP " + status);
            }
            return Outcome.rejected("HTTP " + status + " (not retried)");
        } catch (BlockedTargetException e) {
            return Outcome.rejected(UrlRedaction.text(e.getMessage()));
        } catch (IOException e) {
            return Outcome.retry(e.getClass().getSimpleName() + ": " + UrlRedaction.text(e.getMessage()));
        }
    }
}
