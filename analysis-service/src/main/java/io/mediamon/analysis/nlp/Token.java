package io.mediamon.analysis.nlp;

/** A word of the analysed text: normalised form (lower case, no possessive 's) and its offsets. */
public record Token(String norm, int start, int end) {
}
