package io.mediamon.alert.delivery;

import io.mediamon.common.net.UrlRedaction;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a loop on its own thread and starts a fresh one when it dies, after a pause, so a broken consumer or an
 * unexpected error cannot end delivery silently. It reports whether the loop is running, for readiness.
 */
final class Supervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);

    /** A loop that runs until stopped or until it fails. */
    interface Loop {
        void run() throws Exception;

        /** Asks a running loop to return soon; called from another thread. */
        void stop();

        /** True once the loop is doing its work (its consumer subscribed or assigned). */
        boolean started();
    }

    private final String name;
    private final Supplier<Loop> loops;
    private final Duration restartDelay;
    private final Thread thread;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Loop current;
    private volatile int restarts;
    private volatile String lastError;

    Supervisor(String name, Supplier<Loop> loops, Duration restartDelay) {
        this.name = name;
        this.loops = loops;
        this.restartDelay = restartDelay;
        this.thread = new Thread(this::supervise, "delivery-" + name.replaceAll("[^A-Za-z0-9.-]+", "-"));
        thread.setDaemon(true);
    }

    Supervisor start() {
        thread.start();
        return this;
    }

    private void supervise() {
        while (closed.getCount() > 0) {
            try {
                Loop loop = loops.get();
                current = loop;
                if (closed.getCount() == 0) {
                    return;
                }
                loop.run();
                if (closed.getCount() > 0) {
                    lastError = "loop returned";
                }
            } catch (Throwable e) {
                if (closed.getCount() == 0) {
                    return;
                }
                lastError = e.getClass().getSimpleName() + ": " + UrlRedaction.text(e.getMessage());
                LOG.error("delivery {} stopped ({}); restarting in {}", name, lastError, restartDelay);
            } finally {
                current = null;
            }
            if (closed.getCount() > 0) {
                restarts++;
                try {
                    closed.await(restartDelay.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    String name() {
        return name;
    }

    boolean running() {
        Loop loop = current;
        return thread.isAlive() && loop != null && loop.started();
    }

    int restarts() {
        return restarts;
    }

    String lastError() {
        return lastError;
    }

    @Override
    public void close() {
        closed.countDown();
        Loop loop = current;
        if (loop != null) {
            loop.stop();
        }
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
