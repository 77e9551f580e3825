package io.mediamon.alert.model;

import io.mediamon.common.event.AlertStory;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentMix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one entity's current counting window holds: unique stories, the outlets, topics and sentiment of its
 * mentions, and a sample of the stories to explain an alert. Bounded in size whatever the volume.
 */
public final class WindowTally {
    public static final int MAX_STORY_IDS = 5_000;
    public static final int MAX_SAMPLE = 10;
    public static final int MAX_KEYS = 50;

    public long startMs;
    public long uniqueStories;
    public long mentions;
    public Set<String> storyIds = new LinkedHashSet<>();
    public List<AlertStory> sample = new ArrayList<>();
    public Map<String, Long> outlets = new LinkedHashMap<>();
    public Map<String, Long> topics = new LinkedHashMap<>();
    public long negative;
    public long neutral;
    public long positive;
    public double sentimentSum;

    public static WindowTally starting(long startMs) {
        WindowTally tally = new WindowTally();
        tally.startMs = startMs;
        return tally;
    }

    /** Adds a mention; returns true when it is a story not yet counted in this window. */
    public boolean add(Mention mention) {
        mentions++;
        String story = mention.storyId() != null ? mention.storyId() : mention.articleId();
        if (storyIds.contains(story)) {
            return false;
        }
        if (storyIds.size() < MAX_STORY_IDS) {
            storyIds.add(story);
        }
        uniqueStories++;
        Sentiment sentiment = mention.sentiment() == null ? Sentiment.neutral() : mention.sentiment();
        switch (sentiment.label()) {
            case Sentiment.NEGATIVE -> negative++;
            case Sentiment.POSITIVE -> positive++;
            default -> neutral++;
        }
        sentimentSum += sentiment.score();
        increment(outlets, mention.outlet() == null ? "unknown" : mention.outlet());
        if (mention.topics() != null) {
            mention.topics().forEach(topic -> increment(topics, topic));
        }
        sample.add(new AlertStory(mention.articleId(), story, mention.title(), mention.outlet(), sentiment.label(),
                sentiment.score()));
        if (sample.size() > MAX_SAMPLE) {
            // keep the stories with the strongest sentiment, ties to the earliest
            sample.sort(Comparator.comparingDouble((AlertStory s) -> -Math.abs(s.score())));
            sample.remove(sample.size() - 1);
        }
        return true;
    }

    private static void increment(Map<String, Long> counts, String key) {
        if (counts.containsKey(key) || counts.size() < MAX_KEYS) {
            counts.merge(key, 1L, Long::sum);
        }
    }

    public SentimentMix sentimentMix() {
        return new SentimentMix(negative, neutral, positive, uniqueStories == 0 ? 0 : sentimentSum / uniqueStories);
    }

    public double meanSentiment() {
        return uniqueStories == 0 ? 0 : sentimentSum / uniqueStories;
    }

    /** The largest entries first, at most {@code limit}. */
    public static Map<String, Long> top(Map<String, Long> counts, int limit) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
