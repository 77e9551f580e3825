package io.mediamon.alert.delivery;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a Standard Webhooks delivery on the receiving side: the timestamp must lie within the tolerance of the
 * receiver's clock (so an old delivery cannot be replayed), and one of the listed {@code v1} signatures must match
 * one of the receiver's keys (compared in constant time). Used by the tests and usable by Java receivers.
 */
public final class WebhookVerifier {
    /** The delivery is not authentic or too old; the message says which. */
    public static final class VerificationException extends Exception {
        private static final long serialVersionUID = 1L;

        VerificationException(String message) {
            super(message);
        }
    }

    private final WebhookSecrets secrets;
    private final Duration tolerance;
    private final Clock clock;

    public WebhookVerifier(WebhookSecrets secrets, Duration tolerance, Clock clock) {
        this.secrets = secrets;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** A verifier with the usual five-minute tolerance on the system clock. */
    public WebhookVerifier(WebhookSecrets secrets) {
        this(secrets, Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** Verifies from the three headers' values. */
    public void verify(String id, String timestamp, String signatures, byte[] body) throws VerificationException {
        if (id == null || timestamp == null || signatures == null) {
            throw new VerificationException("missing webhook-id, webhook-timestamp or webhook-signature");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new VerificationException("webhook-timestamp is not a number");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > tolerance.toSeconds()) {
            throw new VerificationException("webhook-timestamp is outside the tolerance of " + tolerance);
        }
        for (String candidate : signatures.trim().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !WebhookSigner.VERSION.equals(candidate.substring(0, comma))) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (byte[] key : secrets.keys()) {
                if (MessageDigest.isEqual(WebhookSigner.mac(key, id, seconds, body), given)) {
                    return;
                }
            }
        }
        throw new VerificationException("no webhook-signature matches");
    }

    /** Verifies from request headers (names matched case-insensitively). */
    public void verify(Map<String, List<String>> headers, byte[] body) throws VerificationException {
        verify(first(headers, WebhookSigner.ID_HEADER).orElse(null),
                first(headers, WebhookSigner.TIMESTAMP_HEADER).orElse(null),
                first(headers, WebhookSigner.SIGNATURE_HEADER).orElse(null), body);
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }
}
