package io.mediamon.alert.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mediamon.common.runtime.HttpExchanges;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The monitoring page at {@code /}: its own files from {@code web/} on the classpath under {@code /ui/}, and the
 * uPlot charting library from its WebJar under {@code /vendor/uplot/}. Only files that exist in those two places
 * are served, read-only, with {@code GET} or {@code HEAD}; every other path under {@code /} is a JSON 404. The
 * files hold no data: the page fetches everything from the API with the user's bearer token, so the shell itself
 * needs none (a browser cannot attach one to a navigation).
 */
public final class StaticPage implements HttpHandler {
    private static final String WEB = "web/";
    private static final String UI = "/ui/";
    private static final String VENDOR = "/vendor/uplot/";
    private static final int MAX_FILE_BYTES = 1 << 20;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "txt", "text/plain; charset=utf-8");
    /** Content Security Policy: no inline script, nothing from other origins. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final String uplotRoot;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public StaticPage() {
        this.uplotRoot = "META-INF/resources/webjars/uplot/" + webjarVersion("uplot") + "/";
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            HttpExchanges.error(exchange, 405, "use GET");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String resource = resourceFor(path);
        byte[] body = resource == null ? null : read(resource);
        if (body == null) {
            HttpExchanges.error(exchange, 404, "no such page or API path: " + truncate(path));
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", path.startsWith(VENDOR) ? "max-age=86400" : "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if (resource.endsWith(".html")) {
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        }
        if ("HEAD".equals(method)) {
            exchange.getResponseHeaders().set("Content-Type", type(resource));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        HttpExchanges.send(exchange, 200, type(resource), body);
    }

    /** The classpath resource for a request path, or null when the path names no servable file. */
    String resourceFor(String path) {
        if (path == null || path.contains("..") || path.contains("//") || path.contains("\\")) {
            return null;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            return WEB + "index.html";
        }
        if (path.startsWith(UI) && path.length() > UI.length()) {
            return WEB + path.substring(UI.length());
        }
        if (path.startsWith(VENDOR) && path.length() > VENDOR.length()) {
            String rest = path.substring(VENDOR.length());
            return rest.startsWith("dist/") || rest.equals("LICENSE") ? uplotRoot + rest : null;
        }
        return null;
    }

    private byte[] read(String resource) throws IOException {
        byte[] cached = cache.get(resource);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = StaticPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            byte[] data = in.readNBytes(MAX_FILE_BYTES + 1);
            if (data.length > MAX_FILE_BYTES) {
                throw new IOException(resource + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            cache.put(resource, data);
            return data;
        }
    }

    private static String type(String resource) {
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        if (resource.endsWith("/LICENSE")) {
            extension = "txt";
        }
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static String truncate(String path) {
        return path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }

    /** The version of a bundled npm WebJar, from its Maven metadata, so the page need not name it. */
    static String webjarVersion(String artifact) {
        String metadata = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = StaticPage.class.getClassLoader().getResourceAsStream(metadata)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + artifact + " is not on the classpath (" + metadata + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
