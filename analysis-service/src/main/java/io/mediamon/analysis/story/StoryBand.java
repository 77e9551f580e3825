package io.mediamon.analysis.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The stories whose fingerprints share one band value, newest last, bounded in size.
 * Stored under the band's key in the story index.
 */
public record StoryBand(List<Entry> entries) {
    public static final int MAX_ENTRIES = 32;

    public StoryBand with(Entry entry) {
        List<Entry> next = new ArrayList<>(entries == null ? List.of() : entries);
        next.add(entry);
        while (next.size() > MAX_ENTRIES) {
            next.remove(0);
        }
        return new StoryBand(List.copyOf(next));
    }

    /** One indexed article: its story, fingerprint (hex) and event time in epoch milliseconds. */
    public record Entry(String storyId, String fingerprint, long timeMs) {
    }
}
