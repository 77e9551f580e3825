package io.mediamon.analysis.text;

/**
 * A searchable word derived from the tokens (see {@link Tokenizer#terms}): what topic queries and the lower-case
 * word test match against. Hyphenated and dotted words are cut into their parts ("cross-border" gives "cross",
 * "border"), and a possessive {@code 's} is dropped from the form but kept in the offsets ("China's" is "china"
 * at the offsets of "China's").
 *
 * @param norm  lower-cased form without possessive {@code 's}
 * @param start character offset of the first char (inclusive)
 * @param end   character offset after the last char (exclusive)
 */
public record Term(String norm, int start, int end) {
}
