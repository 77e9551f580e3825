package io.mediamon.analysis.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into lower-cased word tokens and single-character punctuation tokens, keeping character offsets.
 * The clitic {@code 's} is split off its word ("Obama's" gives "obama", "'s"); "n't" stays attached ("didn't").
 */
public final class Tokenizer {

    public List<Token> tokenize(String sentence) {
        List<Token> tokens = new ArrayList<>(Math.max(8, sentence.length() / 5));
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = readWord(sentence, i, tokens);
            } else {
                tokens.add(new Token(String.valueOf(normalisePunct(c)), i, i + 1, false));
                i++;
            }
        }
        return tokens;
    }

    private static int readWord(String s, int start, List<Token> tokens) {
        int n = s.length();
        int i = start;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((isApostrophe(c) || c == '-' || c == '.') && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))
                    && !(c == '.' && !Character.isDigit(s.charAt(i + 1)))) {
                if (isApostrophe(c) && isPossessive(s, i)) {
                    break;
                }
                i++;
            } else {
                break;
            }
        }
        tokens.add(new Token(normaliseWord(s.substring(start, i)), start, i, true));
        if (i < n && isApostrophe(s.charAt(i)) && isPossessive(s, i)) {
            tokens.add(new Token("'s", i, i + 2, true));
            return i + 2;
        }
        return i;
    }

    private static boolean isPossessive(String s, int apostrophe) {
        int next = apostrophe + 1;
        if (next >= s.length() || Character.toLowerCase(s.charAt(next)) != 's') {
            return false;
        }
        return next + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(next + 1));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    private static String normaliseWord(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') < 0 && lower.indexOf('\u2018') < 0) {
            return lower;
        }
        return lower.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static char normalisePunct(char c) {
        return switch (c) {
            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> '"';
            case '\u2018', '\u2019' -> '\'';
            case '\u2014', '\u2013' -> '-';
            default -> c;
        };
    }
}
