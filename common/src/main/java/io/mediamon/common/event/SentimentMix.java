package io.mediamon.common.event;

/** Counts of mentions by sentiment label inside an alert's window, and their mean score. */
public record SentimentMix(long negative, long neutral, long positive, double meanScore) {
}
