package io.mediamon.alert.coverage;

import io.mediamon.alert.model.WindowTally;
import io.mediamon.common.event.Mention;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Which stories each entity's window already counted, so syndicated copies and resends of a story count once per
 * window. Kept in a window store beside the tallies; old windows expire with the store's retention.
 */
final class StoryDedupe {
    private final WindowStore<String, Long> stories;

    StoryDedupe(WindowStore<String, Long> stories) {
        this.stories = stories;
    }

    /** Records the mention's story in the entity's window; true when the story was not yet counted there. */
    boolean firstInWindow(String entity, Mention mention, long windowStart, long time) {
        String key = CoverageStores.subKey(entity, WindowTally.storyOf(mention));
        if (stories.fetch(key, windowStart) != null) {
            return false;
        }
        stories.put(key, time, windowStart);
        return true;
    }
}
