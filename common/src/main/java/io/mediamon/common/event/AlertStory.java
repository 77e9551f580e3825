package io.mediamon.common.event;

/** One of the stories that drove an alert. */
public record AlertStory(String articleId, String storyId, String title, String outlet, SentimentLabel sentiment, double score) {
}
