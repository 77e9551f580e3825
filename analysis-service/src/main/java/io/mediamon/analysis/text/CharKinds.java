package io.mediamon.analysis.text;

/**
 * The character classes the text scanners ask about, each answering exactly as its {@link Character} namesake, with
 * ASCII answered from a table first: the scanners read mostly ASCII, and {@code Character} goes through a
 * per-block data look-up for every char.
 */
public final class CharKinds {
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte LOWER = 8;
    private static final byte SPACE = 16;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
                    | (Character.isWhitespace(c) ? SPACE : 0));
        }
    }

    private CharKinds() {
    }

    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    public static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    public static boolean isDigit(char c) {
        return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    public static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    public static boolean isLowerCase(char c) {
        return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    public static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c);
    }

    /**
     * Whether {@code [start, end)} of {@code text}, lower-cased char by char as {@link Character#toLowerCase(char)}
     * does (ASCII from the table's letters), equals {@code lower}; no lower-cased copy is made.
     */
    public static boolean equalsLowerCased(CharSequence text, int start, int end, String lower) {
        if (end - start != lower.length()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char folded = c < 128 ? ((ASCII[c] & UPPER) != 0 ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
            if (folded != lower.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }
}
