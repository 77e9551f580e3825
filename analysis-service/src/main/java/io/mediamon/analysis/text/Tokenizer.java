package io.mediamon.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The project's one tokenizer. It cuts text into lower-cased word tokens and single-character punctuation tokens,
 * keeping character offsets:
 * <ul>
 *   <li>a word is a run of letters and digits with inner apostrophes ("don't"), hyphens ("cross-border") and
 *       decimal points ("3.5");</li>
 *   <li>the possessive {@code 's} is split off as a {@link Token.Kind#CLITIC} ("Obama's" gives "obama", "'s");
 *       "n't" stays attached ("didn't");</li>
 *   <li>every other non-space character is a {@link Token.Kind#PUNCT} token (curly quotes read as {@code "},
 *       dashes as {@code -}).</li>
 * </ul>
 * {@link #terms} derives the searchable words from the tokens, and {@link #normalise(String)} normalises one query
 * word the same way. Stateless and thread-safe.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(8, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (CharKinds.isWhitespace(c)) {
                i++;
            } else if (CharKinds.isLetterOrDigit(c)) {
                i = readWord(text, i, tokens);
            } else {
                tokens.add(new Token(punctuation(c), i, i + 1, Token.Kind.PUNCT));
                i++;
            }
        }
        return tokens;
    }

    /**
     * The searchable words of the tokens: each word token cut at hyphens, dots and apostrophes that do not join two
     * letters; forms lower-cased with {@code ’} read as {@code '}; a following possessive clitic widens the offsets
     * but not the form.
     */
    public static List<Term> terms(String text, List<Token> tokens) {
        List<Term> terms = new ArrayList<>(tokens.size());
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (token.kind() != Token.Kind.WORD) {
                continue;
            }
            boolean possessive = t + 1 < tokens.size() && tokens.get(t + 1).kind() == Token.Kind.CLITIC
                    && tokens.get(t + 1).start() == token.end();
            int i = token.start();
            int end = token.end();
            while (i < end) {
                if (!CharKinds.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                boolean ascii = true;
                while (i < end) {
                    char c = text.charAt(i);
                    if (!(CharKinds.isLetterOrDigit(c)
                            || isTermApostrophe(c) && i + 1 < end && CharKinds.isLetter(text.charAt(i + 1)))) {
                        break;
                    }
                    ascii &= c < 128;
                    i++;
                }
                boolean last = i >= end;
                int stop = last && possessive ? tokens.get(t + 1).end() : i;
                boolean wholeToken = ascii && start == token.start() && i == end;
                terms.add(new Term(wholeToken ? token.norm() : termForm(text, start, i), start, stop));
            }
        }
        return terms;
    }

    /**
     * The words of a query phrase in term form, cut as {@link #terms} cuts text, with {@code *} read as a wildcard
     * letter ({@code "export* control*"} gives {@code export*}, {@code control*}; {@code cross-border} gives
     * {@code cross}, {@code border}).
     */
    public static List<String> queryTerms(String phrase) {
        List<String> out = new ArrayList<>();
        int n = phrase.length();
        int i = 0;
        while (i < n) {
            if (!isQueryChar(phrase.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isQueryChar(phrase.charAt(i))
                    || isTermApostrophe(phrase.charAt(i)) && i + 1 < n && isQueryLetter(phrase.charAt(i + 1)))) {
                i++;
            }
            out.add(normalise(phrase.substring(start, i)));
        }
        return out;
    }

    private static boolean isQueryChar(char c) {
        return CharKinds.isLetterOrDigit(c) || c == '*';
    }

    private static boolean isQueryLetter(char c) {
        return CharKinds.isLetter(c) || c == '*';
    }

    /** One query word in term form: lower case, {@code ’} as {@code '}, a trailing possessive {@code 's} dropped. */
    public static String normalise(String word) {
        int stop = word.length();
        if (stop > 2 && isTermApostrophe(word.charAt(stop - 2)) && Character.toLowerCase(word.charAt(stop - 1)) == 's') {
            stop -= 2;
        }
        return termForm(word, 0, stop);
    }

    /** The term form of {@code [start, end)}; an ASCII term that is a whole token has its token's form already. */
    private static String termForm(String text, int start, int end) {
        boolean plain = true;
        for (int i = start; i < end && plain; i++) {
            char c = text.charAt(i);
            plain = c != '\u2019' && !CharKinds.isUpperCase(c);
        }
        if (plain) {
            return text.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            sb.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static int readWord(String s, int start, List<Token> tokens) {
        int n = s.length();
        int i = start;
        while (i < n) {
            char c = s.charAt(i);
            if (CharKinds.isLetterOrDigit(c)) {
                i++;
            } else if ((isApostrophe(c) || c == '-' || c == '.') && i + 1 < n
                    && CharKinds.isLetterOrDigit(s.charAt(i + 1))
                    && !(c == '.' && !CharKinds.isDigit(s.charAt(i + 1)))) {
                if (isApostrophe(c) && isPossessive(s, i)) {
                    break;
                }
                i++;
            } else {
                break;
            }
        }
        tokens.add(new Token(wordForm(s, start, i), start, i, Token.Kind.WORD));
        if (i < n && isApostrophe(s.charAt(i)) && isPossessive(s, i)) {
            tokens.add(new Token("'s", i, i + 2, Token.Kind.CLITIC));
            return i + 2;
        }
        return i;
    }

    private static boolean isPossessive(String s, int apostrophe) {
        int next = apostrophe + 1;
        if (next >= s.length() || Character.toLowerCase(s.charAt(next)) != 's') {
            return false;
        }
        return next + 1 >= s.length() || !CharKinds.isLetterOrDigit(s.charAt(next + 1));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    private static boolean isTermApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static String wordForm(String s, int start, int end) {
        boolean plain = true;
        for (int i = start; i < end && plain; i++) {
            char c = s.charAt(i);
            plain = c < 128 && !(c >= 'A' && c <= 'Z');
        }
        if (plain) {
            return s.substring(start, end);
        }
        String lower = s.substring(start, end).toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') < 0 && lower.indexOf('\u2018') < 0) {
            return lower;
        }
        return lower.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static String punctuation(char c) {
        return switch (c) {
            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> "\"";
            case '\u2018', '\u2019' -> "'";
            case '\u2014', '\u2013' -> "-";
            default -> String.valueOf(c);
        };
    }
}
