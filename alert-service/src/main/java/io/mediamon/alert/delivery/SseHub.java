package io.mediamon.alert.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.runtime.HttpExchanges;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Server-Sent Events stream at {@code /alerts/stream}. Each alert event is sent as {@code event: alert}, with
 * the CloudEvent id as the SSE {@code id}, and a heartbeat comment every 15 s.
 * <ul>
 *   <li><b>Replay.</b> The hub keeps the latest events (filled from the alerts topic, so also after a restart). A
 *       client that reconnects with {@code Last-Event-ID} first gets the events after that id; if the id is no
 *       longer held, it gets everything held, after a comment saying so.</li>
 *   <li><b>Bounds.</b> At most {@code maxClients} clients (503 beyond). Each client has a bounded buffer: a client
 *       that falls behind by more than that, or whose socket write has not finished within the write timeout,
 *       is dropped. Dropping interrupts its thread, which closes the connection, so a client that stops reading
 *       cannot hold a thread.</li>
 * </ul>
 */
public final class SseHub implements HttpHandler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SseHub.class);
    private static final long HEARTBEAT_MILLIS = 15_000;

    private final int maxClients;
    private final int replayCapacity;
    private final int clientBuffer;
    private final long writeTimeoutNanos;
    private final Object lock = new Object();
    private final Deque<Held> held = new ArrayDeque<>();
    private final Set<String> heldIds = new HashSet<>();
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong evictions = new AtomicLong();
    private final ScheduledExecutorService watchdog;
    private volatile boolean closed;

    private record Held(String id, AlertEvent event, String frame) {
    }

    /** One connected client; {@code thread} is the HTTP thread writing to it, while it writes. */
    private static final class Client {
        final BlockingQueue<String> queue;
        volatile long writingSince;
        volatile boolean dropped;
        Thread thread;

        Client(int buffer) {
            this.queue = new ArrayBlockingQueue<>(buffer);
        }
    }

    public SseHub(int maxClients, int replayCapacity, int clientBuffer, Duration writeTimeout) {
        this.maxClients = maxClients;
        this.replayCapacity = replayCapacity;
        this.clientBuffer = clientBuffer;
        this.writeTimeoutNanos = writeTimeout.toNanos();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sse-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::dropStalled, 1, 1, TimeUnit.SECONDS);
    }

    /** Defaults: 100 clients, 500 events held, 256 frames per client, 10 s write timeout. */
    public SseHub() {
        this(100, 500, 256, Duration.ofSeconds(10));
    }

    /** Adds an event to the replay buffer and to every client's buffer; an event id already held is ignored. */
    public void publish(AlertEvent event) {
        String frame;
        try {
            frame = "id: " + event.id() + "\nevent: alert\ndata: " + Json.mapper().writeValueAsString(event)
                    + "\n\n";
        } catch (JsonProcessingException e) {
            LOG.warn("alert event {} cannot be encoded for SSE", event.id(), e);
            return;
        }
        synchronized (lock) {
            if (!heldIds.add(event.id())) {
                return;
            }
            held.addLast(new Held(event.id(), event, frame));
            while (held.size() > replayCapacity) {
                heldIds.remove(held.removeFirst().id());
            }
            for (Client client : clients) {
                if (!client.queue.offer(frame)) {
                    drop(client, "buffer full");
                }
            }
        }
    }

    /** The events held for replay, oldest first. */
    public List<AlertEvent> recent() {
        synchronized (lock) {
            List<AlertEvent> events = new ArrayList<>(held.size());
            held.forEach(h -> events.add(h.event()));
            return events;
        }
    }

    public int clientCount() {
        return clients.size();
    }

    /** Clients dropped so far for falling behind or not reading. */
    public long evictions() {
        return evictions.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            HttpExchanges.error(exchange, 405, "use GET");
            return;
        }
        if (closed) {
            HttpExchanges.error(exchange, 503, "shutting down");
            return;
        }
        String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        Client client = new Client(clientBuffer);
        List<String> replay;
        synchronized (lock) {
            if (clients.size() >= maxClients) {
                replay = null;
            } else {
                replay = replayAfter(lastEventId);
                client.thread = Thread.currentThread();
                clients.add(client);
            }
        }
        if (replay == null) {
            HttpExchanges.error(exchange, 503, "too many SSE clients (limit " + maxClients + ")");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(200, 0);
            write(client, out, ": connected to mediamon alerts\nretry: 3000\n\n");
            for (String frame : replay) {
                write(client, out, frame);
            }
            while (!closed && !client.dropped) {
                String frame = client.queue.poll(HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
                write(client, out, frame == null ? ": heartbeat\n\n" : frame);
            }
        } catch (IOException e) {
            // the client went away, or was dropped
        } catch (InterruptedException e) {
            // dropped or shutting down
        } finally {
            synchronized (client) {
                client.thread = null;
            }
            clients.remove(client);
            Thread.interrupted();
            exchange.close();
        }
    }

    /** Frames after {@code lastEventId}; all held frames if it is unknown. Call with the lock held. */
    private List<String> replayAfter(String lastEventId) {
        List<String> frames = new ArrayList<>();
        if (lastEventId == null || lastEventId.isBlank()) {
            return frames;
        }
        String id = lastEventId.trim();
        boolean found = heldIds.contains(id);
        if (!found) {
            frames.add(": last event id not held any more; replaying the " + held.size() + " latest events\n\n");
        }
        boolean after = !found;
        for (Held h : held) {
            if (after) {
                frames.add(h.frame());
            } else if (h.id().equals(id)) {
                after = true;
            }
        }
        return frames;
    }

    private void write(Client client, OutputStream out, String text) throws IOException {
        if (client.dropped) {
            throw new IOException("dropped");
        }
        client.writingSince = System.nanoTime();
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } finally {
            client.writingSince = 0;
        }
    }

    private void dropStalled() {
        long now = System.nanoTime();
        for (Client client : clients) {
            long since = client.writingSince;
            if (since != 0 && now - since > writeTimeoutNanos) {
                drop(client, "not reading");
            }
        }
    }

    private void drop(Client client, String why) {
        if (client.dropped) {
            return;
        }
        client.dropped = true;
        clients.remove(client);
        evictions.incrementAndGet();
        LOG.info("SSE client dropped: {}", why);
        synchronized (client) {
            if (client.thread != null) {
                // A thread blocked writing to a socket channel is released by an interrupt, which closes it.
                client.thread.interrupt();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
        clients.forEach(client -> drop(client, "shutting down"));
    }
}
