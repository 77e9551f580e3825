package io.mediamon.alert.model;

/**
 * Everything alert-service keeps for one watched entity, in one store entry: the current window, the spike
 * detector's state (its own compact binary form), the sentiment baseline, and any open alerts.
 */
public final class CoverageState {
    public String entityId;
    public String entityName;
    public WindowTally window;
    public byte[] detector;
    public SentimentBaseline sentiment = new SentimentBaseline();
    public OpenAlert spike;
    public OpenAlert sentimentShift;
    public long lateMentions;
    public long windowsClosed;

    public static CoverageState fresh(String entityId, String entityName, long windowStartMs, byte[] detector) {
        CoverageState state = new CoverageState();
        state.entityId = entityId;
        state.entityName = entityName;
        state.window = WindowTally.starting(windowStartMs);
        state.detector = detector;
        return state;
    }
}
