package io.mediamon.alert.config;

import io.mediamon.alert.delivery.WebhookSecrets;
import io.mediamon.common.config.Settings;
import io.mediamon.common.net.OutboundTargetPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How alerts are delivered, besides the target URLs and attempts in {@link AlertConfig}.
 *
 * @param secrets          webhook signing keys ({@code MEDIAMON_WEBHOOK_SECRET}, space- or comma-separated for
 *                         rotation; each at least 24 bytes); null when no webhook is configured and none is given
 * @param allowPrivate     {@code MEDIAMON_ALLOW_PRIVATE_TARGETS}: webhooks may point at private and loopback hosts
 * @param timeout          total time one attempt may take ({@code MEDIAMON_WEBHOOK_TIMEOUT})
 * @param maxBackoff       longest wait between attempts ({@code MEDIAMON_WEBHOOK_MAX_BACKOFF})
 * @param breakerFailures  failures in a row that open a target's circuit ({@code MEDIAMON_WEBHOOK_BREAKER_FAILURES})
 * @param breakerOpen      how long an open circuit waits before one probe ({@code MEDIAMON_WEBHOOK_BREAKER_OPEN})
 * @param sseMaxClients    SSE clients served at once ({@code MEDIAMON_SSE_MAX_CLIENTS})
 * @param sseReplay        alert events held for {@code Last-Event-ID} replay ({@code MEDIAMON_SSE_REPLAY})
 */
public record DeliverySettings(
        WebhookSecrets secrets,
        boolean allowPrivate,
        Duration timeout,
        Duration maxBackoff,
        int breakerFailures,
        Duration breakerOpen,
        int sseMaxClients,
        int sseReplay) {

    static DeliverySettings from(Settings settings, List<URI> webhooks, List<URI> slack) {
        String secretText = settings.string("MEDIAMON_WEBHOOK_SECRET", null);
        WebhookSecrets secrets = null;
        if (secretText != null && !secretText.isBlank()) {
            try {
                secrets = WebhookSecrets.parse(secretText);
            } catch (IllegalArgumentException e) {
                settings.problem("MEDIAMON_WEBHOOK_SECRET: " + e.getMessage());
            }
        } else if (!webhooks.isEmpty()) {
            settings.problem("MEDIAMON_WEBHOOK_SECRET is required when MEDIAMON_WEBHOOKS is set (deliveries are "
                    + "signed as Standard Webhooks: whsec_<base64 of at least 24 random bytes>)");
        }
        OutboundTargetPolicy policy = OutboundTargetPolicy.from(settings);
        check(settings, policy, "MEDIAMON_WEBHOOKS", webhooks);
        check(settings, policy, "MEDIAMON_SLACK_WEBHOOKS", slack);
        return new DeliverySettings(secrets, policy.allowsPrivate(),
                settings.duration("MEDIAMON_WEBHOOK_TIMEOUT", Duration.ofSeconds(10)),
                settings.duration("MEDIAMON_WEBHOOK_MAX_BACKOFF", Duration.ofSeconds(30)),
                settings.integer("MEDIAMON_WEBHOOK_BREAKER_FAILURES", 3, 1, 1000),
                settings.duration("MEDIAMON_WEBHOOK_BREAKER_OPEN", Duration.ofSeconds(30)),
                settings.integer("MEDIAMON_SSE_MAX_CLIENTS", 100, 1, 10_000),
                settings.integer("MEDIAMON_SSE_REPLAY", 500, 0, 100_000));
    }

    private static void check(Settings settings, OutboundTargetPolicy policy, String name, List<URI> urls) {
        for (URI url : urls) {
            Optional<String> problem = policy.precheck(url);
            problem.ifPresent(p -> settings.problem(name + ": " + p));
        }
    }

    /** The outbound policy these settings describe. */
    public OutboundTargetPolicy policy() {
        return allowPrivate ? OutboundTargetPolicy.allowingPrivate() : OutboundTargetPolicy.publicOnly();
    }
}
