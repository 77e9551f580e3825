package io.mediamon.analysis.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens: runs of letters and digits, keeping inner apostrophes ("don't"),
 * splitting at hyphens ("cross-border" is two tokens), lower-casing and dropping a possessive 's
 * ("China's" is "china"). Queries are normalised the same way.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || isApostrophe(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            tokens.add(new Token(normalise(text, start, i), start, i));
        }
        return tokens;
    }

    static String normalise(String word) {
        return normalise(word, 0, word.length());
    }

    private static String normalise(String text, int start, int end) {
        int stop = end;
        if (stop - start > 2 && isApostrophe(text.charAt(stop - 2))
                && Character.toLowerCase(text.charAt(stop - 1)) == 's') {
            stop -= 2;
        }
        if (isPlainLowerCase(text, start, stop)) {
            return text.substring(start, stop);
        }
        StringBuilder sb = new StringBuilder(stop - start);
        for (int i = start; i < stop; i++) {
            char c = text.charAt(i);
            sb.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static boolean isPlainLowerCase(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
