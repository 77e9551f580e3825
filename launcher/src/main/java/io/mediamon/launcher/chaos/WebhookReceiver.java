package io.mediamon.launcher.chaos;

import com.sun.net.httpserver.HttpServer;
import io.mediamon.alert.config.WebhookSecrets;
import io.mediamon.alert.delivery.WebhookSigner;
import io.mediamon.alert.delivery.WebhookVerifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local webhook endpoint that fails a share of requests (503), so delivery must retry. It checks each request's
 * Standard Webhooks signature with {@link WebhookVerifier} (a bad one gets 401 and is counted) and counts each
 * acknowledged delivery by its {@code webhook-id}, the CloudEvent id: ids seen once are delivered, more than once
 * are duplicates.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    private final AtomicLong badSignatures = new AtomicLong();

    WebhookReceiver(double failShare, long seed, String secret) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        WebhookVerifier verifier = new WebhookVerifier(WebhookSecrets.parse(secret));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            boolean fail;
            synchronized (random) {
                fail = random.nextDouble() < failShare;
            }
            String id = exchange.getRequestHeaders().getFirst(WebhookSigner.ID_HEADER);
            try {
                verifier.verify(exchange.getRequestHeaders(), body);
            } catch (WebhookVerifier.VerificationException e) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            if (fail) {
                failed.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
            } else {
                acknowledged.merge(id, 1, Integer::sum);
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    Map<String, Integer> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    long failedRequests() {
        return failed.get();
    }

    long badSignatures() {
        return badSignatures.get();
    }

    long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
