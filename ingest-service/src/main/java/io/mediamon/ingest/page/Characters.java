package io.mediamon.ingest.page;

/**
 * Character tests as Readability4J (Kotlin) and jsoup apply them: Kotlin's {@code isWhitespace} counts
 * {@code Character.isWhitespace} and space separators such as no-break space; jsoup's text drops zero-width
 * spaces and soft hyphens.
 */
final class Characters {
    private Characters() {
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean hasVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBlank(c) && c != '\u200b' && c != '\u00ad') {
                return true;
            }
        }
        return false;
    }

    /** Kotlin's {@code String.trim()}: blank characters off both ends. */
    static String stripBlank(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** Whether the regex {@code \s{2,}} (ASCII white space) would match somewhere in the text. */
    static boolean hasWhitespaceRun(String text) {
        boolean previous = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            if (space && previous) {
                return true;
            }
            previous = space;
        }
        return false;
    }
}
