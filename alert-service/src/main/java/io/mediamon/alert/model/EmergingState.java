package io.mediamon.alert.model;

import io.mediamon.common.event.AlertStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What alert-service keeps for one party nobody watches, to see its coverage grow fast: a few hundred bytes
 * whatever the party's volume (the current window's count, a running baseline, a sample of at most
 * {@link #MAX_SAMPLE} stories and {@link #MAX_OUTLETS} outlets, names cut to {@link #MAX_TEXT} characters).
 */
public final class EmergingState {
    public static final int MAX_SAMPLE = 3;
    public static final int MAX_OUTLETS = 5;
    public static final int MAX_TEXT = 200;

    public String entityName;
    public String entityType;
    public String foundBy;
    public long firstSeenMs;
    public long lastSeenMs;
    /** Start of the window being counted. */
    public long windowStart;
    /** Unique stories in that window. */
    public long stories;
    /** Windows folded into {@link #baseline} since the party was first seen, empty ones included. */
    public long windowsSeen;
    /** Mean unique stories per window: a running mean at first, then exponentially weighted. */
    public double baseline;
    /** Event time of the last emerging alert about the party, or 0. */
    public long lastAlertMs;
    public List<AlertStory> sample = new ArrayList<>();
    public Map<String, Long> outlets = new LinkedHashMap<>();

    public static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
