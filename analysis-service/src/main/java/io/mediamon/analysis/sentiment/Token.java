package io.mediamon.analysis.sentiment;

/**
 * One token of a sentence.
 *
 * @param text  lower-cased, apostrophes normalised to {@code '}
 * @param start character offset of the first char (inclusive)
 * @param end   character offset after the last char (exclusive)
 * @param word  true for words and numbers, false for punctuation
 */
public record Token(String text, int start, int end, boolean word) {
}
