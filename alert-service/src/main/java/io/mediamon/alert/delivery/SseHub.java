package io.mediamon.alert.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events stream at {@code /alerts/stream}: each connected client gets every alert event as
 * {@code event: alert}, with the CloudEvent id as the SSE id, and a heartbeat comment every 15 s.
 */
public final class SseHub implements HttpHandler, AutoCloseable {
    private static final long HEARTBEAT_SECONDS = 15;
    private static final int CLIENT_QUEUE = 1_000;
    private static final String CLOSE = "\u0000close";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Sends an event to every connected client; a client too slow to keep up is disconnected. */
    public void publish(AlertEvent event) throws IOException {
        String frame = "id: " + event.id() + "\nevent: alert\ndata: "
                + Json.mapper().writeValueAsString(event) + "\n\n";
        for (BlockingQueue<String> client : clients) {
            if (!client.offer(frame)) {
                clients.remove(client);
                client.clear();
                client.offer(CLOSE);
            }
        }
    }

    public int clientCount() {
        return clients.size();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>(CLIENT_QUEUE);
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, ": connected to mediamon alerts\nretry: 3000\n\n");
            while (!closed) {
                String frame = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(frame)) {
                    break;
                }
                write(out, frame == null ? ": heartbeat\n\n" : frame);
            }
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        clients.forEach(client -> client.offer(CLOSE));
    }
}
