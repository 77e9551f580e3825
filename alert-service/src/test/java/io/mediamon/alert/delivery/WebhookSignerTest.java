package io.mediamon.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
    private static final String OLD = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String NEW = "a-new-plain-text-secret-of-32-bytes!";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final long TS = 1614265330L;

    private static WebhookVerifier verifier(String secrets, long nowSeconds) {
        return new WebhookVerifier(WebhookSecrets.parse(secrets), Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochSecond(nowSeconds), ZoneOffset.UTC));
    }

    @Test
    void shouldMatchTheStandardWebhooksReferenceSignature() {
        // the example in the Standard Webhooks specification's reference libraries
        String signature = new WebhookSigner(WebhookSecrets.parse(OLD)).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", TS, BODY);
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldListOneSignaturePerKeySoEitherKeyVerifiesDuringRotation() throws Exception {
        String signatures = new WebhookSigner(WebhookSecrets.parse(OLD + " " + NEW)).sign("evt-1", TS, BODY);
        assertThat(signatures.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        verifier(OLD, TS).verify("evt-1", Long.toString(TS), signatures, BODY);
        verifier(NEW, TS + 60).verify("evt-1", Long.toString(TS), signatures, BODY);
        assertThatThrownBy(() -> verifier("another-secret-that-is-long-enough!!", TS)
                .verify("evt-1", Long.toString(TS), signatures, BODY))
                .isInstanceOf(WebhookVerifier.VerificationException.class).hasMessageContaining("no webhook-signature");
    }

    @Test
    void shouldRejectATamperedBodyIdOrTimestamp() {
        String signature = new WebhookSigner(WebhookSecrets.parse(NEW)).sign("evt-1", TS, BODY);
        WebhookVerifier verifier = verifier(NEW, TS);
        assertThatThrownBy(() -> verifier.verify("evt-1", Long.toString(TS), signature,
                "{\"test\": 1}".getBytes(StandardCharsets.UTF_8))).isInstanceOf(WebhookVerifier.VerificationException.class);
        assertThatThrownBy(() -> verifier.verify("evt-2", Long.toString(TS), signature, BODY))
                .isInstanceOf(WebhookVerifier.VerificationException.class);
        assertThatThrownBy(() -> verifier.verify("evt-1", Long.toString(TS + 1), signature, BODY))
                .isInstanceOf(WebhookVerifier.VerificationException.class);
        assertThatThrownBy(() -> verifier.verify("evt-1", Long.toString(TS), "v2," + signature.substring(3), BODY))
                .isInstanceOf(WebhookVerifier.VerificationException.class);
    }

    @Test
    void shouldAcceptOnlyTimestampsWithinTheTolerance() throws Exception {
        String signature = new WebhookSigner(WebhookSecrets.parse(NEW)).sign("evt-1", TS, BODY);
        verifier(NEW, TS + 299).verify("evt-1", Long.toString(TS), signature, BODY);
        verifier(NEW, TS - 299).verify("evt-1", Long.toString(TS), signature, BODY);
        assertThatThrownBy(() -> verifier(NEW, TS + 301).verify("evt-1", Long.toString(TS), signature, BODY))
                .isInstanceOf(WebhookVerifier.VerificationException.class).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> verifier(NEW, TS - 301).verify("evt-1", Long.toString(TS), signature, BODY))
                .isInstanceOf(WebhookVerifier.VerificationException.class).hasMessageContaining("tolerance");
    }

    @Test
    void shouldVerifyFromRequestHeadersInAnyCase() {
        String signature = new WebhookSigner(WebhookSecrets.parse(NEW)).sign("evt-1", TS, BODY);
        Map<String, List<String>> headers = Map.of("Webhook-Id", List.of("evt-1"),
                "Webhook-Timestamp", List.of(Long.toString(TS)), "Webhook-Signature", List.of(signature));
        assertThatCode(() -> verifier(NEW, TS).verify(headers, BODY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> verifier(NEW, TS).verify(Map.of(), BODY))
                .isInstanceOf(WebhookVerifier.VerificationException.class).hasMessageContaining("missing");
    }

    @Test
    void shouldRefuseShortOrMalformedSecretsWithoutShowingThem() {
        assertThatThrownBy(() -> WebhookSecrets.parse("test-secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 24")
                .hasMessageNotContaining("test-secret");
        assertThatThrownBy(() -> WebhookSecrets.parse(NEW + ",whsec_c2hvcnQ="))
                .hasMessageContaining("secret #2").hasMessageContaining("5 bytes");
        assertThatThrownBy(() -> WebhookSecrets.parse("whsec_!!!not-base64!!!-but-long-enough-anyway"))
                .hasMessageContaining("not base64");
        assertThat(WebhookSecrets.parse(OLD + "," + NEW).toString()).doesNotContain("MfKQ").contains("2 key");
    }
}
