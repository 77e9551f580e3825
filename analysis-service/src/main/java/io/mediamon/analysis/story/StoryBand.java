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
     * One indexed article: its story, 64-bit SimHash fingerprint, event time in epoch milliseconds, and the event time
     * of the story's first article (which decides between two matching stories: the earlier wins). The fingerprint
     * is kept as bits, not hex: every probe reads and rewrites a band of up to {@value #MAX_ENTRIES} entries.
     */
    public record Entry(String storyId, long bits, long timeMs, long storyTimeMs) {
        /** An article that opened its own story. */
        public Entry(String storyId, String fingerprint, long timeMs) {
            this(storyId, SimHash.parseHex(fingerprint), timeMs, timeMs);
        }

        /** The fingerprint as {@link SimHash#hex} writes it. */
        public String fingerprint() {
            return SimHash.hex(bits);
        }
    }
}
