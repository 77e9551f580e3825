package io.mediamon.common.config;

import io.mediamon.common.auth.TokenAuthenticator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * How a service serves health, metrics and its API.
 *
 * @param host           bind address ({@code MEDIAMON_HTTP_HOST}, default loopback 127.0.0.1)
 * @param port           0 picks a free port
 * @param auth           bearer tokens and scopes ({@code MEDIAMON_*_TOKEN}, {@code MEDIAMON_TOKENS_FILE})
 * @param tls            HTTPS when set: from {@code MEDIAMON_HTTP_TLS_KEYSTORE} (PKCS12 or JKS) and
 *                       {@code MEDIAMON_HTTP_TLS_KEYSTORE_PASSWORD}
 * @param threads        request threads, a bounded pool ({@code MEDIAMON_HTTP_THREADS})
 * @param queue          requests waiting for a thread before new connections are refused ({@code MEDIAMON_HTTP_QUEUE})
 * @param maxConnections open connections at most ({@code MEDIAMON_HTTP_MAX_CONNECTIONS})
 * @param requestTimeout time a client has to send its request ({@code MEDIAMON_HTTP_REQUEST_TIMEOUT})
 * @param maxSseClients  Server-Sent Events streams open at once ({@code MEDIAMON_HTTP_MAX_SSE_CLIENTS})
 */
public record HttpSettings(String host, int port, TokenAuthenticator auth, SSLContext tls, int threads, int queue,
                           int maxConnections, Duration requestTimeout, int maxSseClients) {

    public static final String HOST_VARIABLE = "MEDIAMON_HTTP_HOST";
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** Open (no tokens), plain HTTP, default limits: for tests and embedding. */
    public HttpSettings(String host, int port) {
        this(host, port, TokenAuthenticator.open(), null, 48, 256, 512, Duration.ofSeconds(30), 16);
    }

    public static HttpSettings from(Settings settings, String variable, int defaultPort) {
        String host = settings.string(HOST_VARIABLE, DEFAULT_HOST);
        int port = settings.integer(variable, defaultPort, 0, 65535);
        TokenAuthenticator auth = TokenAuthenticator.from(settings);
        SSLContext tls = tls(settings);
        int threads = settings.integer("MEDIAMON_HTTP_THREADS", 48, 2, 1_024);
        int queue = settings.integer("MEDIAMON_HTTP_QUEUE", 256, 0, 100_000);
        int connections = settings.integer("MEDIAMON_HTTP_MAX_CONNECTIONS", 512, 1, 100_000);
        Duration request = settings.duration("MEDIAMON_HTTP_REQUEST_TIMEOUT", Duration.ofSeconds(30));
        int sse = settings.integer("MEDIAMON_HTTP_MAX_SSE_CLIENTS", 16, 0, 100_000);
        if (sse >= threads) {
            settings.problem("MEDIAMON_HTTP_MAX_SSE_CLIENTS must be below MEDIAMON_HTTP_THREADS: each stream holds a thread");
        }
        if (request.toSeconds() < 1) {
            settings.problem("MEDIAMON_HTTP_REQUEST_TIMEOUT must be at least 1s");
        }
        return new HttpSettings(host, port, auth, tls, threads, queue, connections, request, sse);
    }

    private static SSLContext tls(Settings settings) {
        String keystore = settings.string("MEDIAMON_HTTP_TLS_KEYSTORE", null);
        if (keystore == null) {
            return null;
        }
        String password = settings.string("MEDIAMON_HTTP_TLS_KEYSTORE_PASSWORD", "");
        try (InputStream in = Files.newInputStream(Path.of(keystore))) {
            KeyStore store = KeyStore.getInstance(keystore.endsWith(".jks") ? "JKS" : "PKCS12");
            store.load(in, password.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            settings.problem("MEDIAMON_HTTP_TLS_KEYSTORE=" + keystore + ": cannot load the keystore ("
                    + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(host, newPort, auth, tls, threads, queue, maxConnections, requestTimeout,
                maxSseClients);
    }

    public HttpSettings withAuth(TokenAuthenticator newAuth) {
        return new HttpSettings(host, port, newAuth, tls, threads, queue, maxConnections, requestTimeout,
                maxSseClients);
    }
}
