package io.mediamon.launcher.replay;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** A one-line progress bar (count, rate, ETA), redrawn in place; only drawn when standard output is a terminal. */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;

    public ProgressBar(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** True when standard output is a terminal (not a pipe or a file). */
    public static boolean stdoutIsTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    public void update(int done, int total, boolean force) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        out.print("\r" + render(done, total, Duration.ofNanos(now - started)) + "\u001b[K");
        out.flush();
    }

    public void finish() {
        if (enabled) {
            out.println();
        }
    }

    /** {@code [#######.......]  120/400  30%  55.0/s  ETA 0:05}; the rate counts only this run's items. */
    static String render(int done, int total, Duration elapsed) {
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        double rate = done / seconds;
        String eta = rate <= 0 ? "--:--" : clock(Math.round((total - done) / rate));
        return String.format(Locale.ROOT, "[%s%s] %d/%d %3d%% %.1f/s ETA %s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, Math.round(fraction * 100), rate, eta);
    }

    private static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
