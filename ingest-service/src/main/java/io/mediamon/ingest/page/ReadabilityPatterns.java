package io.mediamon.ingest.page;

import net.dankito.readability4j.util.RegExUtil;

/**
 * Readability4J's default patterns, answered without a regex where one is not needed: a blank class-and-id string
 * (most elements) matches none of them, and the patterns that are plain alternatives of words are looked up as
 * words in the ASCII-lower-cased string, as the case-insensitive regex matches them.
 */
final class ReadabilityPatterns extends RegExUtil {
    private static final String[] UNLIKELY = words(UnlikelyCandidatesDefaultPattern);
    private static final String[] MAYBE = words(OkMaybeItsACandidateDefaultPattern);
    private static final String[] POSITIVE = words(PositiveDefaultPattern);
    private static final String[] BYLINE = words(BylineDefaultPattern);

    ReadabilityPatterns() {
        super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern, PositiveDefaultPattern,
                NegativeDefaultPattern, ExtraneousDefaultPattern, BylineDefaultPattern, ReplaceFontsDefaultPattern,
                NormalizeDefaultPattern, VideosDefaultPattern, NextLinkDefaultPattern, PrevLinkDefaultPattern,
                WhitespaceDefaultPattern, HasContentDefaultPattern);
    }

    @Override
    public boolean isUnlikelyCandidate(String matchString) {
        return containsAny(matchString, UNLIKELY);
    }

    @Override
    public boolean okMaybeItsACandidate(String matchString) {
        return containsAny(matchString, MAYBE);
    }

    @Override
    public boolean isPositive(String matchString) {
        return containsAny(matchString, POSITIVE);
    }

    @Override
    public boolean isNegative(String matchString) {
        return !matchString.isBlank() && super.isNegative(matchString);
    }

    @Override
    public boolean isByline(String matchString) {
        return containsAny(matchString, BYLINE);
    }

    /** The alternatives of a pattern made only of lower-case words joined by '|'. */
    static String[] words(String pattern) {
        if (!pattern.matches("[a-z0-9-]+(\\|[a-z0-9-]+)*")) {
            throw new IllegalStateException("not a plain list of words: " + pattern);
        }
        return pattern.split("\\|");
    }

    static boolean containsAny(String text, String[] words) {
        if (text.isBlank()) {
            return false;
        }
        String lower = asciiLowerCase(text);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cases A-Z only, as a case-insensitive regex without UNICODE_CASE folds. */
    private static String asciiLowerCase(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
