package io.mediamon.alert.model;

import java.util.TreeMap;

/**
 * Everything alert-service keeps for one watched entity, in one store entry: every counting window still open
 * within the grace period, the start of the oldest window not yet fed to the detector, the spike detector's state
 * (its own compact binary form), the sentiment baseline, and any open alerts.
 */
public final class CoverageState {
    public String entityId;
    public String entityName;
    /** Open windows by start time: a mention counts toward its own window as long as that window is open. */
    public TreeMap<Long, WindowTally> open = new TreeMap<>();
    /** Start of the oldest window the detector has not seen yet; mentions before it are late. */
    public long nextClose;
    public byte[] detector;
    public SentimentBaseline sentiment = new SentimentBaseline();
    public OpenAlert spike;
    public OpenAlert sentimentShift;
    public OpenAlert drop;
    /** Exponentially weighted mean of closed windows' unique stories: the plain level a drop is judged against. */
    public double countMean;
    public long lateMentions;
    public long windowsClosed;

    public static CoverageState fresh(String entityId, String entityName, long firstOpenMs, byte[] detector) {
        CoverageState state = new CoverageState();
        state.entityId = entityId;
        state.entityName = entityName;
        state.nextClose = firstOpenMs;
        state.detector = detector;
        return state;
    }

    /** Weight of the newest closed window in {@link #countMean} (about a day of hourly windows). */
    public static final double COUNT_ALPHA = 0.05;

    /** Moves {@link #countMean} by a closed window's count. */
    public void closed(long uniqueStories) {
        countMean = windowsClosed == 0 ? uniqueStories : countMean + COUNT_ALPHA * (uniqueStories - countMean);
        windowsClosed++;
    }

    /** The open window starting at {@code startMs}, created empty when missing. */
    public WindowTally window(long startMs) {
        return open.computeIfAbsent(startMs, WindowTally::starting);
    }
}
