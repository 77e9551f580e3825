package io.mediamon.alert.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * POSTs a body to a webhook, retrying failures (connection errors, 429 and 5xx) with exponential backoff.
 * Every attempt's outcome is counted; the caller records a final failure on the dead-letter topic.
 */
public final class WebhookSender {
    private final HttpClient client;
    private final WebhookSigner signer;
    private final int attempts;
    private final Duration backoff;
    private final MeterRegistry registry;

    public WebhookSender(WebhookSigner signer, int attempts, Duration backoff, MeterRegistry registry) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.signer = signer;
        this.attempts = attempts;
        this.backoff = backoff;
        this.registry = registry;
    }

    /** The result of delivering one body: delivered or not, after how many attempts, and the last error. */
    public record Result(boolean delivered, int attempts, String lastError) {
    }

    public Result deliver(URI target, String kind, byte[] body, String eventId) {
        String lastError = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                LockSupport.parkNanos(backoff.multipliedBy(1L << (attempt - 2)).toNanos());
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "mediamon-alert/0.1")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                if (signer != null) {
                    long now = Instant.now().getEpochSecond();
                    request.header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(now))
                            .header(WebhookSigner.SIGNATURE_HEADER, signer.sign(now, body))
                            .header("ce-id", eventId);
                }
                HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    count(kind, "delivered");
                    return new Result(true, attempt, null);
                }
                lastError = "HTTP " + status;
                if (status < 500 && status != 429 && status != 408) {
                    count(kind, "rejected");
                    return new Result(false, attempt, lastError + " (not retried)");
                }
                count(kind, "retry");
            } catch (IOException e) {
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                count(kind, "retry");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(false, attempt, "interrupted");
            }
        }
        count(kind, "failed");
        return new Result(false, attempts, lastError);
    }

    private void count(String kind, String outcome) {
        Counter.builder("mediamon.webhook.deliveries").description("Webhook delivery attempts by outcome")
                .tag("kind", kind).tag("outcome", outcome).register(registry).increment();
    }
}
