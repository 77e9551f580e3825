package io.mediamon.launcher.replay;

/** Keeps a replay at or below a number of articles per second, on average since it started. */
final class RatePacer {
    private final double perSecond;
    private final long started = System.nanoTime();

    /** {@code perSecond <= 0} means no limit. */
    RatePacer(double perSecond) {
        this.perSecond = perSecond;
    }

    /** Waits until {@code sent} articles are allowed by the rate. */
    void awaitSlot(long sent) throws InterruptedException {
        if (perSecond <= 0) {
            return;
        }
        long due = started + (long) (sent / perSecond * 1e9);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
