package io.mediamon.analysis.entity;

/** A gazetteer entity found at {@code [start, end)} of the analysed text. */
public record EntityMention(GazetteerEntry entry, int start, int end, String surface) {
}
