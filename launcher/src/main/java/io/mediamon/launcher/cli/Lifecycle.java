package io.mediamon.launcher.cli;

import java.util.concurrent.CountDownLatch;

/** Keeps a command serving until the JVM is asked to stop, then closes what it started, in order. */
public final class Lifecycle {
    private Lifecycle() {
    }

    public static void serveUntilShutdown(AutoCloseable... resources) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception e) {
                    System.err.println("error while stopping: " + e.getMessage());
                }
            }
            stopped.countDown();
        }, "mediamon-shutdown"));
        stopped.await();
    }
}
