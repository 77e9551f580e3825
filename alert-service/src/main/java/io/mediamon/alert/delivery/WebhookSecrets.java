package io.mediamon.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The HMAC keys webhooks are signed with. Several keys allow rotation: deliveries carry one signature per key, so
 * a receiver that knows either the old or the new key accepts them. A key is written as Standard Webhooks does,
 * {@code whsec_<base64>}, or as plain text (its UTF-8 bytes); either way it must be at least
 * {@value #MIN_BYTES} bytes. {@link #toString()} never shows a key.
 */
public final class WebhookSecrets {
    public static final int MIN_BYTES = 24;
    public static final String PREFIX = "whsec_";

    private final List<byte[]> keys;

    private WebhookSecrets(List<byte[]> keys) {
        this.keys = keys;
    }

    /** Parses space- or comma-separated keys; a key that is malformed or too short is an error. */
    public static WebhookSecrets parse(String value) {
        List<byte[]> keys = new ArrayList<>();
        int index = 0;
        for (String entry : value.trim().split("[\\s,]+")) {
            index++;
            if (entry.isEmpty()) {
                continue;
            }
            byte[] key;
            if (entry.startsWith(PREFIX)) {
                try {
                    key = Base64.getDecoder().decode(entry.substring(PREFIX.length()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("webhook secret #" + index + " starts with " + PREFIX
                            + " but the rest is not base64");
                }
            } else {
                key = entry.getBytes(StandardCharsets.UTF_8);
            }
            if (key.length < MIN_BYTES) {
                throw new IllegalArgumentException("webhook secret #" + index + " is " + key.length
                        + " bytes; at least " + MIN_BYTES + " are needed (for example " + PREFIX
                        + "<base64 of 32 random bytes>)");
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no webhook secret given");
        }
        return new WebhookSecrets(List.copyOf(keys));
    }

    List<byte[]> keys() {
        return keys;
    }

    public int size() {
        return keys.size();
    }

    @Override
    public String toString() {
        return "WebhookSecrets[" + keys.size() + " key(s), redacted]";
    }
}
