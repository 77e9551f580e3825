package io.mediamon.common.event;

/** Size of the cleaned text that analysis worked on. */
public record TextStats(int characters, int sentences, int paragraphs) {
}
