package io.mediamon.common.runtime;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import io.mediamon.common.serde.Json;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;

/**
 * One exchange under time limits. The handler sees this in place of the JDK's exchange; it tracks whether the
 * request body has been read to its end and whether the response has started, so that a watchdog can end the
 * exchange at its deadline:
 * <ul>
 *   <li>{@link #requestDeadline()}: the body has not fully arrived (a client trickling it): 408 with a JSON reason
 *       and {@code Connection: close}, then the handler thread is interrupted, which closes the connection under
 *       a blocked read;</li>
 *   <li>{@link #responseDeadline()}: the handler has not finished: 503 with a JSON reason if its response had not
 *       started, else the connection is closed under the blocked write (a client that stops reading).</li>
 * </ul>
 * After a deadline, the handler's own writes fail with an {@link IOException}, so it cannot mix a second answer in.
 */
final class DeadlineExchange extends HttpExchange {
    /** How an exchange ended at a deadline, for the metric. */
    enum Expiry { NONE, REQUEST, RESPONSE }

    private final HttpExchange delegate;
    private final InputStream body;
    private OutputStream responseBody;
    private Thread handler;
    private boolean bodyDone;
    private boolean responseStarted;
    private boolean finished;
    private String expired;

    DeadlineExchange(HttpExchange delegate) {
        this.delegate = delegate;
        this.bodyDone = !hasBody(delegate);
        this.body = new TrackedInput(delegate.getRequestBody());
    }

    private static boolean hasBody(HttpExchange exchange) {
        Headers headers = exchange.getRequestHeaders();
        if (headers.containsKey("Transfer-Encoding")) {
            return true;
        }
        String length = headers.getFirst("Content-Length");
        return length != null && !length.strip().equals("0");
    }

    /** Marks the calling thread as the one handling this exchange (it is interrupted at a deadline). */
    synchronized void enter() {
        handler = Thread.currentThread();
    }

    /**
     * Called by the handling thread when the handler has returned. If a deadline ended the exchange, the
     * connection is closed without reading what is left of the body.
     */
    void leave() {
        boolean wasExpired;
        synchronized (this) {
            handler = null;
            finished = true;
            wasExpired = expired != null;
        }
        if (wasExpired) {
            // the interrupt (if still pending) makes the JDK's drain of the body fail at once and close the
            // channel; if the channel is closed already, the drain fails at once too
            Thread.currentThread().interrupt();
            delegate.close();
        }
        Thread.interrupted();
    }

    /** The request deadline: answers 408 if the body has not fully arrived. */
    Expiry requestDeadline() {
        synchronized (this) {
            if (finished || bodyDone || expired != null) {
                return Expiry.NONE;
            }
            expired = "the request body did not arrive within the request time limit";
            if (!responseStarted) {
                answer(408, expired);
            }
            interruptHandler();
            return Expiry.REQUEST;
        }
    }

    /** The response deadline: ends an exchange whose handler has not finished. */
    Expiry responseDeadline() {
        synchronized (this) {
            if (finished || expired != null) {
                return Expiry.NONE;
            }
            if (!bodyDone) {
                expired = "the request body did not arrive within the time limit";
                if (!responseStarted) {
                    answer(408, expired);
                }
                interruptHandler();
                return Expiry.REQUEST;
            }
            expired = "the response was not complete within the response time limit";
            if (!responseStarted) {
                answer(503, expired);
            }
            interruptHandler();
            return Expiry.RESPONSE;
        }
    }

    private void interruptHandler() {
        if (handler != null) {
            handler.interrupt();
        }
    }

    /** Writes the whole answer without closing the exchange (closing would try to read the rest of the body). */
    private void answer(int status, String reason) {
        responseStarted = true;
        try {
            byte[] json = Json.mapper().writeValueAsBytes(Map.of("error", reason, "status", status));
            delegate.getResponseHeaders().set("Content-Type", "application/json");
            delegate.getResponseHeaders().set("Connection", "close");
            delegate.sendResponseHeaders(status, json.length);
            OutputStream out = delegate.getResponseBody();
            out.write(json);
            out.flush();
        } catch (IOException | RuntimeException e) {
            // the client is gone or not reading: the interrupt closes the connection anyway
        }
    }

    private synchronized void checkOpen() throws IOException {
        if (expired != null) {
            throw new IOException(expired);
        }
    }

    @Override
    public void sendResponseHeaders(int code, long length) throws IOException {
        synchronized (this) {
            checkOpen();
            responseStarted = true;
        }
        delegate.sendResponseHeaders(code, length);
    }

    @Override
    public InputStream getRequestBody() {
        return body;
    }

    @Override
    public synchronized OutputStream getResponseBody() {
        if (responseBody == null) {
            responseBody = new GuardedOutput(delegate.getResponseBody());
        }
        return responseBody;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (expired != null) {
                return;
            }
            finished = true;
        }
        delegate.close();
    }

    @Override
    public Headers getRequestHeaders() {
        return delegate.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return delegate.getResponseHeaders();
    }

    @Override
    public URI getRequestURI() {
        return delegate.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return delegate.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return delegate.getHttpContext();
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return delegate.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return delegate.getResponseCode();
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return delegate.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return delegate.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return delegate.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        delegate.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
        delegate.setStreams(in, out);
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return delegate.getPrincipal();
    }

    /** The request body; notes when it has been read to its end or closed. */
    private final class TrackedInput extends FilterInputStream {
        TrackedInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            checkOpen();
            int b = super.read();
            if (b < 0) {
                done();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkOpen();
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                done();
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            checkOpen();
            super.close();
            done();
        }

        private void done() {
            synchronized (DeadlineExchange.this) {
                bodyDone = true;
            }
        }
    }

    /** The response body; refuses writes once a deadline has ended the exchange. */
    private final class GuardedOutput extends FilterOutputStream {
        GuardedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            checkOpen();
            out.write(b);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            checkOpen();
            out.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            checkOpen();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            checkOpen();
            out.close();
        }
    }
}
