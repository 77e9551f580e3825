package io.mediamon.analysis.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The stories whose fingerprints share one band value, newest last, bounded in size.
 * Stored under the band's key in the story index.
 */
public record StoryBand(List<Entry> entries) {
    public static final int MAX_ENTRIES = 32;

    public StoryBand {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static StoryBand of(Entry entry) {
        return new StoryBand(List.of(entry));
    }

    public StoryBand with(Entry entry) {
        List<Entry> next = new ArrayList<>(Math.min(entries.size() + 1, MAX_ENTRIES + 1));
        next.addAll(entries);
        next.add(entry);
        while (next.size() > MAX_ENTRIES) {
            next.remove(0);
        }
        return new StoryBand(next);
    }

    /**
     * One indexed article: its story, fingerprint (hex), event time in epoch milliseconds, and the event time of the
     * story's first article (which decides between two matching stories: the earlier wins).
     */
    public record Entry(String storyId, String fingerprint, long timeMs, long storyTimeMs) {
        /** An article that opened its own story. */
        public Entry(String storyId, String fingerprint, long timeMs) {
            this(storyId, fingerprint, timeMs, timeMs);
        }

        public Entry(String storyId, long fingerprint, long timeMs, long storyTimeMs) {
            this(storyId, SimHash.hex(fingerprint), timeMs, storyTimeMs);
        }
    }
}
