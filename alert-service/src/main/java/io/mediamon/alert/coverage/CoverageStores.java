package io.mediamon.alert.coverage;

/** Names of alert-service's state stores, shared by the topology, the coverage processor and the query API. */
public final class CoverageStores {
    /** Global store of the watchlist topic. */
    public static final String WATCHLIST = "alert-watchlist";
    /** Per watched entity: open windows, detector and sentiment baselines, open alerts. */
    public static final String COVERAGE = "alert-coverage";
    /** Which stories each entity's window already counted (entity|story, per window). */
    public static final String WINDOW_STORIES = "alert-window-stories";
    /** Coverage of every entity per window (key: entity id): the query API's history, and rebuilt baselines. */
    public static final String HISTORY_COVERAGE = "alert-history-coverage";
    /** Sentiment per entity and outlet per window (key: entity|outlet). */
    public static final String HISTORY_OUTLETS = "alert-history-outlets";
    /** Stories per entity (key: entity|story, at the window the story was first seen in). */
    public static final String HISTORY_STORIES = "alert-history-stories";
    /** Every alert event emitted (key: entity id, at its update time; duplicates kept). */
    public static final String HISTORY_ALERTS = "alert-history-alerts";
    /** Mentions later than the grace period (key: entity id, at arrival; duplicates kept). */
    public static final String LATE_MENTIONS = "alert-late-mentions";

    private CoverageStores() {
    }

    /** Key of a per-entity sub-record: entity, a separator that sorts right after it, and the sub-key. */
    public static String subKey(String entityId, String sub) {
        return entityId + "|" + sub;
    }

    /** The smallest and largest possible sub-keys of an entity, for range scans. */
    public static String subKeyFrom(String entityId) {
        return entityId + "|";
    }

    public static String subKeyTo(String entityId) {
        return entityId + "|\uffff";
    }
}
