package io.mediamon.analysis.sentiment;

/** One gold-labelled target span of a sentence. */
public record LabeledTarget(String sentence, int from, int to, SentimentLabel label) {
}
