package io.mediamon.common.runtime;

import com.sun.net.httpserver.HttpExchange;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reading requests and writing JSON or text responses on the JDK HTTP server. */
public final class HttpExchanges {
    private HttpExchanges() {
    }

    /**
     * Reads at most {@code limit} bytes of the body; returns null when the body is larger. A body that cannot be
     * read (bad chunking, cut short, a Content-Length it does not have) raises {@link UnreadableBodyException},
     * which the server answers with 400.
     */
    public static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] data = in.readNBytes(limit + 1);
            return data.length > limit ? null : data;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableBodyException("the request body could not be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** The client sent a request body that cannot be read: a client error, answered with 400. */
    public static final class UnreadableBodyException extends IOException {
        public UnreadableBodyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", Json.mapper().writeValueAsBytes(body));
    }

    public static void text(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void error(HttpExchange exchange, int status, String reason) throws IOException {
        json(exchange, status, Map.of("error", reason, "status", status));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (body.length == 0 || "HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
