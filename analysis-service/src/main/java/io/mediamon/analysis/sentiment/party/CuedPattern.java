package io.mediamon.analysis.sentiment.party;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose every match starts with one of a few known words, searched by trying the expression
 * only where one of those words begins rather than at every char. It finds exactly the matches, in the same order,
 * that {@link Matcher#find()} would: the word positions are a superset of the match starts, and each try sees the
 * whole text ({@link Matcher#useTransparentBounds}), so word boundaries read as they do in a plain search.
 * The word positions are found in the text lower-cased, which must keep its offsets (else the plain search runs);
 * what the pattern ignores of case, if anything, must be ASCII only (the default), so that lower-casing can only
 * add positions.
 * Immutable and thread-safe.
 */
final class CuedPattern {

    /** Decides on one match, given its offsets. */
    interface MatchTest {
        boolean accept(int start, int end);
    }

    private final Pattern pattern;
    private final String[] starts;

    /**
     * @param starts lower-case words, one of which begins every match of {@code pattern} (ASCII case ignored)
     */
    CuedPattern(Pattern pattern, String... starts) {
        this.pattern = pattern;
        this.starts = starts.clone();
    }

    /** The expression, for a plain search. */
    Pattern pattern() {
        return pattern;
    }

    /** Whether the pattern occurs in {@code text}. */
    boolean foundIn(String text) {
        return anyMatch(text, (start, end) -> true);
    }

    /** Whether {@code test} accepts one of the matches {@link Matcher#find()} finds in turn in {@code text}. */
    boolean anyMatch(String text, MatchTest test) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return anyPlainMatch(text, test);
        }
        int[] next = new int[starts.length];
        for (int w = 0; w < starts.length; w++) {
            next[w] = lower.indexOf(starts[w]);
        }
        Matcher m = null;
        int from = 0;
        while (true) {
            int at = -1;
            for (int w = 0; w < starts.length; w++) {
                if (next[w] >= 0 && next[w] < from) {
                    next[w] = lower.indexOf(starts[w], from);
                }
                if (next[w] >= 0 && (at < 0 || next[w] < at)) {
                    at = next[w];
                }
            }
            if (at < 0) {
                return false;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true);
            }
            m.region(at, text.length());
            if (m.lookingAt()) {
                if (test.accept(m.start(), m.end())) {
                    return true;
                }
                from = Math.max(m.end(), at + 1);
            } else {
                from = at + 1;
            }
        }
    }

    /** The plain search, for a text whose lower-cased form does not keep its offsets (a char became two). */
    private boolean anyPlainMatch(String text, MatchTest test) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (test.accept(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }
}
