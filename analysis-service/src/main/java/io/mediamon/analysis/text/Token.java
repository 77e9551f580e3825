package io.mediamon.analysis.text;

/**
 * One token of an article's text, as the one {@link Tokenizer} cuts it.
 *
 * @param norm  lower-cased form, apostrophes normalised to {@code '} (punctuation: quotes to {@code "}, dashes to
 *              {@code -})
 * @param start character offset of the first char (inclusive)
 * @param end   character offset after the last char (exclusive)
 * @param kind  word, possessive clitic or punctuation
 */
public record Token(String norm, int start, int end, Kind kind) {

    /** What a token is. */
    public enum Kind {
        /** Letters and digits, with inner apostrophes, hyphens and decimal points ("don't", "cross-border", "3.5"). */
        WORD,
        /** The possessive {@code 's} split off its word ("China's" gives "china", "'s"). */
        CLITIC,
        /** One character that is neither a letter, a digit nor white space. */
        PUNCT
    }

    /** True for words, numbers and the clitic {@code 's}; false for punctuation. */
    public boolean word() {
        return kind != Kind.PUNCT;
    }
}
