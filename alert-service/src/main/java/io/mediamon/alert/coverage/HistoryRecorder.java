package io.mediamon.alert.coverage;

import io.mediamon.alert.model.BucketSummary;
import io.mediamon.alert.model.LateMention;
import io.mediamon.alert.model.OutletSummary;
import io.mediamon.alert.model.StorySummary;
import io.mediamon.alert.model.WindowTally;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.Sentiment;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Writes the query API's history for every entity mentioned, watched or not: coverage per window, sentiment per
 * outlet per window, stories, and late mentions. All are windowed stores whose retention bounds the history.
 */
final class HistoryRecorder {
    /** How far back a story's first sighting is looked up, so a story spanning windows stays one story. */
    static final Duration STORY_LOOKBACK = Duration.ofDays(7);

    private final WindowStore<String, BucketSummary> coverage;
    private final WindowStore<String, OutletSummary> outlets;
    private final WindowStore<String, StorySummary> stories;
    private final WindowStore<String, LateMention> late;

    HistoryRecorder(WindowStore<String, BucketSummary> coverage, WindowStore<String, OutletSummary> outlets,
                    WindowStore<String, StorySummary> stories, WindowStore<String, LateMention> late) {
        this.coverage = coverage;
        this.outlets = outlets;
        this.stories = stories;
        this.late = late;
    }

    /** Counts a mention in its window's history; {@code newStory} when its story is new to that window. */
    void record(String entity, Mention mention, long windowStart, long time, boolean newStory) {
        Sentiment sentiment = mention.sentiment() == null ? Sentiment.neutral() : mention.sentiment();
        BucketSummary bucket = coverage.fetch(entity, windowStart);
        if (bucket == null) {
            bucket = BucketSummary.starting(entity, windowStart);
        }
        bucket.name = mention.entityName() != null ? mention.entityName() : bucket.name;
        bucket.type = mention.entityType() != null ? mention.entityType() : bucket.type;
        if (mention.foundBy() != null && bucket.foundBy.size() < BucketSummary.MAX_FINDERS) {
            bucket.foundBy.add(mention.foundBy());
        }
        bucket.mentions++;
        if (newStory) {
            bucket.stories++;
            bucket.sentimentSum += sentiment.score();
            switch (sentiment.label()) {
                case NEGATIVE -> bucket.negative++;
                case POSITIVE -> bucket.positive++;
                default -> bucket.neutral++;
            }
        }
        coverage.put(entity, bucket, windowStart);
        recordOutlet(entity, mention, sentiment, windowStart);
        recordStory(entity, mention, windowStart, time);
    }

    private void recordOutlet(String entity, Mention mention, Sentiment sentiment, long windowStart) {
        String outlet = mention.outlet() == null ? "unknown" : mention.outlet();
        String key = CoverageStores.subKey(entity, outlet);
        OutletSummary summary = outlets.fetch(key, windowStart);
        if (summary == null) {
            summary = new OutletSummary();
            summary.outlet = outlet;
        }
        summary.mentions++;
        summary.sentimentSum += sentiment.score();
        switch (sentiment.label()) {
            case NEGATIVE -> summary.negative++;
            case POSITIVE -> summary.positive++;
            default -> summary.neutral++;
        }
        if (mention.evidence() != null && mention.evidence().sentence() != null
                && (summary.evidence == null || Math.abs(mention.evidence().score()) > Math.abs(summary.evidenceScore))) {
            summary.evidence = mention.evidence().sentence();
            summary.evidenceScore = mention.evidence().score();
            summary.evidenceArticle = mention.articleId();
        }
        outlets.put(key, summary, windowStart);
    }

    private void recordStory(String entity, Mention mention, long windowStart, long time) {
        String storyId = WindowTally.storyOf(mention);
        String key = CoverageStores.subKey(entity, storyId);
        StorySummary story = null;
        long at = windowStart;
        try (WindowStoreIterator<StorySummary> seen = stories.fetch(key,
                Instant.ofEpochMilli(windowStart - STORY_LOOKBACK.toMillis()),
                Instant.ofEpochMilli(windowStart + STORY_LOOKBACK.toMillis()))) {
            if (seen.hasNext()) {
                var first = seen.next();
                at = first.key;
                story = first.value;
            }
        }
        if (story == null) {
            story = new StorySummary();
            story.storyId = storyId;
            story.firstSeen = time;
            story.headline = mention.title();
        } else if (time < story.firstSeen) {
            // an earlier copy came out of order: it is the story's first sighting, and its headline
            story.firstSeen = time;
            story.headline = mention.title() != null ? mention.title() : story.headline;
        } else if (story.headline == null) {
            story.headline = mention.title();
        }
        String outlet = mention.outlet();
        if (outlet != null && !story.outlets.contains(outlet) && story.outlets.size() < StorySummary.MAX_OUTLETS) {
            story.outlets.add(outlet);
        }
        story.size++;
        if (windowStart < at) {
            // an out-of-order copy came from before the window the story was filed at: file it at the earlier one
            stories.put(key, null, at);
            at = windowStart;
        }
        stories.put(key, story, at);
    }

    /** Keeps a mention that came too late for its window. */
    void late(String entity, Mention mention, long clock, long lateByMs) {
        late.put(entity, new LateMention(entity, mention.articleId(), WindowTally.storyOf(mention), mention.outlet(),
                mention.eventTime(), Instant.ofEpochMilli(clock), lateByMs), clock);
    }

    /** The stored coverage of an entity's window, or null. */
    BucketSummary bucket(String entity, long windowStart) {
        return coverage.fetch(entity, windowStart);
    }

    /** Notes the detector's expectation on a closed window of a watched entity. */
    void expected(String entity, WindowTally window, String name, double expected) {
        BucketSummary bucket = coverage.fetch(entity, window.startMs);
        if (bucket == null) {
            bucket = BucketSummary.starting(entity, window.startMs);
            bucket.name = name;
        }
        bucket.expected = expected;
        coverage.put(entity, bucket, window.startMs);
    }

    WindowStore<String, BucketSummary> coverage() {
        return coverage;
    }
}
