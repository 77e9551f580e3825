package io.mediamon.common.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.mediamon.common.auth.Scope;
import io.mediamon.common.auth.TokenAuthenticator;
import io.mediamon.common.config.ConfigException;
import io.mediamon.common.config.HttpSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint every service has: {@code /health/live}, {@code /health/ready} (both open), {@code /metrics}
 * (Prometheus text format, scope read) plus the service's own routes, each registered with the scope it needs.
 * Runs on a bounded thread pool with a connection cap and a request time limit; HTTPS when a keystore is set.
 * Bound to a non-loopback address without tokens, a service that has ingest or admin routes refuses to start.
 */
public final class ServiceHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceHttpServer.class);

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final String service;
    private final HttpSettings settings;
    private final TokenAuthenticator auth;
    private final List<Scope> routeScopes = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    public ServiceHttpServer(String service, HttpSettings settings, PrometheusMeterRegistry registry,
                             HealthCheck liveness, HealthCheck readiness) throws IOException {
        this.service = service;
        this.settings = settings;
        this.auth = settings.auth();
        limitConnections(settings);
        InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
        if (settings.tls() != null) {
            HttpsServer https = HttpsServer.create(address, 128);
            https.setHttpsConfigurator(new HttpsConfigurator(settings.tls()));
            this.server = https;
        } else {
            this.server = HttpServer.create(address, 128);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                settings.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(settings.queue()),
                runnable -> {
                    Thread thread = new Thread(runnable, service + "-http-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                // the JDK server closes the connection of a request it cannot hand to the pool
                new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.createContext("/health/live", wrap(null, null, get(exchange -> health(exchange, liveness))));
        server.createContext("/health/ready", wrap(null, null, get(exchange -> health(exchange, readiness))));
        route("/metrics", Scope.READ, get(exchange -> HttpExchanges.text(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", registry.scrape())));
    }

    /**
     * The connection cap and request time limit of the JDK server are process-wide system properties, read
     * once when the first server starts; an explicit {@code -D} setting wins.
     */
    private static void limitConnections(HttpSettings settings) {
        setIfAbsent("jdk.httpserver.maxConnections", Integer.toString(settings.maxConnections()));
        setIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(settings.requestTimeout().toSeconds()));
        setIfAbsent("sun.net.httpserver.maxReqHeaders", "100");
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(64 * 1024));
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** Adds a route whose every method needs {@code scope}. */
    public ServiceHttpServer route(String path, Scope scope, HttpHandler handler) {
        return route(path, scope, scope, handler);
    }

    /** Adds a route where GET and HEAD need {@code readScope} and every other method needs {@code writeScope}. */
    public ServiceHttpServer route(String path, Scope readScope, Scope writeScope, HttpHandler handler) {
        routeScopes.add(readScope);
        routeScopes.add(writeScope);
        server.createContext(path, wrap(readScope, writeScope, handler));
        return this;
    }

    /**
     * Adds a route without a declared scope: it needs {@code admin}, the safe default. Prefer
     * {@link #route(String, Scope, HttpHandler)}.
     */
    @Deprecated
    public ServiceHttpServer route(String path, HttpHandler handler) {
        return route(path, Scope.ADMIN, handler);
    }

    /**
     * Adds a streaming route (Server-Sent Events): each client holds a request thread, so at most
     * {@code MEDIAMON_HTTP_MAX_SSE_CLIENTS} are served at once and the next gets 503 with a reason.
     */
    public ServiceHttpServer routeStream(String path, Scope scope, HttpHandler handler) {
        Semaphore slots = new Semaphore(settings.maxSseClients());
        return route(path, scope, exchange -> {
            if (!slots.tryAcquire()) {
                HttpExchanges.error(exchange, 503, "too many stream clients (at most " + settings.maxSseClients()
                        + "); retry later");
                return;
            }
            try {
                handler.handle(exchange);
            } finally {
                slots.release();
            }
        });
    }

    /** The Server-Sent Events clients allowed at once. */
    public int maxSseClients() {
        return settings.maxSseClients();
    }

    private HttpHandler wrap(Scope readScope, Scope writeScope, HttpHandler handler) {
        return exchange -> {
            try {
                String method = exchange.getRequestMethod();
                Scope required = "GET".equals(method) || "HEAD".equals(method) ? readScope : writeScope;
                TokenAuthenticator.Decision decision = auth.authorize(
                        exchange.getRequestHeaders().getFirst("Authorization"), required);
                if (!decision.allowed()) {
                    exchange.getRequestBody().close();
                    if (decision.status() == 401) {
                        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"mediamon\"");
                    }
                    HttpExchanges.error(exchange, decision.status(), decision.reason());
                    return;
                }
                handler.handle(exchange);
            } catch (HttpExchanges.UnreadableBodyException e) {
                try {
                    HttpExchanges.error(exchange, 400, e.getMessage());
                } catch (IOException | RuntimeException ignored) {
                    exchange.close();
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} {} {} failed: {}", service, exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(), e.toString());
                try {
                    HttpExchanges.error(exchange, 500, "internal error: " + e.getClass().getSimpleName());
                } catch (IOException | RuntimeException ignored) {
                    exchange.close();
                }
            }
        };
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

    /** Starts serving; refuses to when bound beyond loopback with write or admin routes and no tokens. */
    public ServiceHttpServer start() {
        if (auth.isOpen()) {
            boolean writes = routeScopes.contains(Scope.INGEST) || routeScopes.contains(Scope.ADMIN);
            if (!isLoopback(settings.host())) {
                if (writes) {
                    close();
                    throw new ConfigException(List.of(service + " is bound to " + settings.host()
                            + " (not loopback) but no access token is set. Set MEDIAMON_INGEST_TOKEN, "
                            + "MEDIAMON_ADMIN_TOKEN and MEDIAMON_READ_TOKEN (comma-separated lists, at least "
                            + TokenAuthenticator.MIN_TOKEN_CHARS + " characters each) or MEDIAMON_TOKENS_FILE "
                            + "(lines of 'scope token'), or bind to loopback with MEDIAMON_HTTP_HOST=127.0.0.1 "
                            + "for development."));
                }
                LOG.warn("{}: bound to {} without tokens; its read endpoints are open", service, settings.host());
            } else {
                LOG.info("{}: no access tokens set, serving on loopback in open development mode", service);
            }
        }
        server.start();
        LOG.info("{} serving {} on {}:{}", service, settings.tls() != null ? "HTTPS" : "HTTP", settings.host(),
                port());
        return this;
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public boolean https() {
        return settings.tls() != null;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
