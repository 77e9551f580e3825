package io.mediamon.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries as Standard Webhooks does: {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * id.timestamp.body>}, one signature per key, separated by spaces, with {@code webhook-id} (the CloudEvent id, the
 * receiver's dedupe key) and {@code webhook-timestamp} (Unix seconds).
 */
public final class WebhookSigner {
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    static final String VERSION = "v1";

    private final WebhookSecrets secrets;

    public WebhookSigner(WebhookSecrets secrets) {
        this.secrets = secrets;
    }

    /** The {@code webhook-signature} value: {@code v1,<sig>} for every key. */
    public String sign(String id, long timestampSeconds, byte[] body) {
        StringJoiner joined = new StringJoiner(" ");
        for (byte[] key : secrets.keys()) {
            joined.add(VERSION + "," + Base64.getEncoder().encodeToString(mac(key, id, timestampSeconds, body)));
        }
        return joined.toString();
    }

    static byte[] mac(byte[] key, String id, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
