package io.mediamon.common.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * An HTTP client for URLs that come from configuration or from the outside (feeds, webhooks). Before every
 * request, and again for every redirect hop, the URL goes through the {@link OutboundTargetPolicy}; the connection
 * is then made to exactly the address that was checked (the target host carries it, so the client never resolves
 * the name again). Response bodies are capped, and each request has a total deadline on top of the connect and
 * read timeouts, so a server that drips bytes cannot hold the caller.
 */
public final class SafeHttpClient implements AutoCloseable {

    /**
     * @param maxRedirects hops followed for GET (301, 302, 303, 307, 308) and for other methods (307, 308 only);
     *                     0 returns the redirect response as it is
     */
    public record Limits(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, int maxRedirects,
                         int maxBodyBytes) {
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 8 << 20);
        }

        public Limits withMaxBodyBytes(int bytes) {
            return new Limits(connectTimeout, readTimeout, totalTimeout, maxRedirects, bytes);
        }

        public Limits withMaxRedirects(int hops) {
            return new Limits(connectTimeout, readTimeout, totalTimeout, hops, maxBodyBytes);
        }

        public Limits withTimeouts(Duration connect, Duration read, Duration total) {
            return new Limits(connect, read, total, maxRedirects, maxBodyBytes);
        }
    }

    /** One request; header names are sent as given. */
    public record Request(String method, URI uri, Map<String, String> headers, byte[] body, String contentType) {
        public static Request get(URI uri, Map<String, String> headers) {
            return new Request("GET", uri, headers, null, null);
        }

        public static Request post(URI uri, Map<String, String> headers, byte[] body, String contentType) {
            return new Request("POST", uri, headers, body, contentType);
        }
    }

    /** The final response, after redirects; {@code uri} is the URL that answered. */
    public record Response(int status, URI uri, Map<String, List<String>> headers, byte[] body) {
        /** The first value of a header, matched case-insensitively. */
        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public boolean successful() {
            return status >= 200 && status < 300;
        }
    }

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "safe-http-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final OutboundTargetPolicy policy;
    private final Limits limits;
    private final CloseableHttpClient client;

    public SafeHttpClient(OutboundTargetPolicy policy, Limits limits, String userAgent) {
        this.policy = policy;
        this.limits = limits;
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(limits.connectTimeout()))
                        .setSocketTimeout(Timeout.of(limits.readTimeout()))
                        .setTimeToLive(Timeout.ofMinutes(5))
                        .build())
                // Every request names the checked address, so the client must never resolve a name itself.
                .setDnsResolver(new RefusingResolver())
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(8)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(userAgent)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(limits.readTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(limits.connectTimeout()))
                        .build())
                .build();
    }

    public OutboundTargetPolicy policy() {
        return policy;
    }

    /**
     * Sends a request, following redirects within the limits, each hop checked again.
     *
     * @throws BlockedTargetException      the URL or a redirect hop is refused by the policy
     * @throws ResponseTooLargeException   the body is larger than the cap
     * @throws IOException                 connection, timeout or protocol failure
     */
    public Response send(Request request) throws IOException {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        Request current = request;
        for (int hop = 0; ; hop++) {
            Response response = once(current, deadline);
            if (!isRedirect(response.status()) || hop >= limits.maxRedirects()) {
                return response;
            }
            Optional<String> location = response.header("Location");
            if (location.isEmpty()) {
                return response;
            }
            boolean keepMethod = response.status() == 307 || response.status() == 308;
            if (!keepMethod && !"GET".equals(current.method()) && !"HEAD".equals(current.method())) {
                return response;
            }
            URI next;
            try {
                next = current.uri().resolve(location.get().trim());
            } catch (IllegalArgumentException e) {
                throw new IOException("malformed redirect location from " + UrlRedaction.url(current.uri()));
            }
            current = new Request(current.method(), next, current.headers(), current.body(), current.contentType());
        }
    }

    private Response once(Request request, long deadline) throws IOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new InterruptedIOException("request deadline of " + limits.totalTimeout() + " passed");
        }
        CheckedTarget target;
        try {
            target = policy.check(request.uri());
        } catch (UnknownHostException e) {
            throw new UnknownHostException("cannot resolve " + UrlRedaction.url(request.uri()));
        }
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach(http::addHeader);
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(request.body(),
                    request.contentType() == null ? null : ContentType.parse(request.contentType())));
        }
        HttpHost host = new HttpHost(target.scheme(), target.address(), target.host(), target.port());
        ScheduledFuture<?> cancel = DEADLINES.schedule(http::cancel, remaining, TimeUnit.NANOSECONDS);
        try {
            return client.execute(host, http, null, response -> {
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (Header header : response.getHeaders()) {
                    headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(header.getValue());
                }
                return new Response(response.getCode(), request.uri(), headers, read(response.getEntity()));
            });
        } catch (IOException e) {
            if (http.isCancelled()) {
                throw new InterruptedIOException("request deadline of " + limits.totalTimeout() + " passed");
            }
            throw e;
        } catch (RuntimeException e) {
            if (http.isCancelled()) {
                throw new InterruptedIOException("request deadline of " + limits.totalTimeout() + " passed");
            }
            throw new IOException(e.getClass().getSimpleName() + ": " + UrlRedaction.text(e.getMessage()), e);
        } finally {
            cancel.cancel(false);
        }
    }

    private byte[] read(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        int cap = limits.maxBodyBytes();
        if (entity.getContentLength() > cap) {
            throw new ResponseTooLargeException(cap);
        }
        try (InputStream in = entity.getContent()) {
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw new ResponseTooLargeException(cap);
            }
            return bytes;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // nothing useful to do on shutdown
        }
    }

    private static final class RefusingResolver implements org.apache.hc.client5.http.DnsResolver {
        @Override
        public java.net.InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException("unchecked resolution of " + host + " refused");
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            throw new UnknownHostException("unchecked resolution of " + host + " refused");
        }
    }
}
