package io.mediamon.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies with HMAC-SHA256 over {@code timestamp + "." + body}, sent as
 * {@code X-Mediamon-Signature: sha256=<hex>} with {@code X-Mediamon-Timestamp}, so receivers can reject
 * forged and replayed deliveries.
 */
public final class WebhookSigner {
    public static final String SIGNATURE_HEADER = "X-Mediamon-Signature";
    public static final String TIMESTAMP_HEADER = "X-Mediamon-Timestamp";

    private final byte[] key;

    public WebhookSigner(String secret) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time check of a received signature, for receivers written in Java. */
    public boolean verify(long timestampSeconds, byte[] body, String signature) {
        return MessageDigest.isEqual(sign(timestampSeconds, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
