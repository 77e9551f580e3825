package io.mediamon.alert.config;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    /**
     * The Standard Webhooks HMAC-SHA256 of {@code id.timestamp.body} under every key, in key order: what a sender
     * signs with and a receiver compares against. The keys themselves never leave this class.
     */
    public List<byte[]> macs(String id, long timestampSeconds, byte[] body) {
        List<byte[]> out = new ArrayList<>(keys.size());
        for (byte[] key : keys) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
                out.add(mac.doFinal(body));
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        }
        return out;
    }

    public int size() {
        return keys.size();
    }

    @Override
    public String toString() {
        return "WebhookSecrets[" + keys.size() + " key(s), redacted]";
    }
}
