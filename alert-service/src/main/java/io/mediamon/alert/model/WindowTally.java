package io.mediamon.alert.model;

import io.mediamon.common.event.AlertStory;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentMix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one entity's current counting window holds: unique stories, the outlets, topics and sentiment of its
 * mentions, and a sample of the stories to explain an alert. Bounded in size whatever the volume; which stories
 * were already counted is kept in a window store beside it, not here.
 */
public final class WindowTally {
    public static final int MAX_SAMPLE = 10;
    public static final int MAX_KEYS = 50;

    public long startMs;
    public long uniqueStories;
    public long mentions;
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

    /** Counts a mention of a story already counted in this window (a syndicated or repeated copy). */
    public void addRepeat() {
        mentions++;
    }

    /** Counts a mention of a story new to this window. */
    public void addNewStory(Mention mention) {
        mentions++;
        String story = storyOf(mention);
        uniqueStories++;
        Sentiment sentiment = mention.sentiment() == null ? Sentiment.neutral() : mention.sentiment();
        switch (sentiment.label()) {
            case NEGATIVE -> negative++;
            case POSITIVE -> positive++;
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
    }

    /** The story a mention belongs to: its story id, else its article. */
    public static String storyOf(Mention mention) {
        return mention.storyId() != null ? mention.storyId() : mention.articleId();
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
