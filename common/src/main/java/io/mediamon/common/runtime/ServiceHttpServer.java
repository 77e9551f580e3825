package io.mediamon.common.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.mediamon.common.config.HttpSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint every service has: {@code /health/live}, {@code /health/ready}, {@code /metrics}
 * (Prometheus text format) plus the service's own routes.
 */
public final class ServiceHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceHttpServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final String service;

    public ServiceHttpServer(String service, HttpSettings settings, PrometheusMeterRegistry registry,
                             HealthCheck liveness, HealthCheck readiness) throws IOException {
        this.service = service;
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 128);
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, service + "-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        route("/health/live", get(exchange -> health(exchange, liveness)));
        route("/health/ready", get(exchange -> health(exchange, readiness)));
        route("/metrics", get(exchange -> HttpExchanges.text(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", registry.scrape())));
    }

    /** Adds a route; the handler is wrapped so that an unexpected exception becomes a 500 with a reason. */
    public ServiceHttpServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            try {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} {} {} failed", service, exchange.getRequestMethod(), exchange.getRequestURI(), e);
                try {
                    HttpExchanges.error(exchange, 500, "internal error: " + e.getClass().getSimpleName());
                } catch (IOException | RuntimeException ignored) {
                    exchange.close();
                }
            }
        });
        return this;
    }

    /** Wraps a handler so that any method but GET gets 405. */
    public static HttpHandler get(HttpHandler handler) {
        return exchange -> {
            if (!"GET".equals(exchange.getRequestMethod())) {
                HttpExchanges.error(exchange, 405, "use GET");
                return;
            }
            handler.handle(exchange);
        };
    }

    private static void health(HttpExchange exchange, HealthCheck check) throws IOException {
        HealthCheck.Status status = check.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.ok() ? "UP" : "DOWN");
        body.put("detail", status.detail());
        HttpExchanges.json(exchange, status.ok() ? 200 : 503, body);
    }

    public ServiceHttpServer start() {
        server.start();
        LOG.info("{} serving HTTP on port {}", service, port());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
