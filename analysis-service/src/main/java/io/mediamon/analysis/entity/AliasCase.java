package io.mediamon.analysis.entity;

/**
 * Capitalisation rule of one alias, checked after the case-insensitive automaton has matched it.
 *
 * <ul>
 *   <li>Short all-capital aliases (acronyms such as {@code US}, {@code U.S.}, {@code CFIUS}) must match
 *       exactly: "us" and "Us" are not the United States.</li>
 *   <li>Otherwise every word the alias capitalises must start with a capital in the text ("Oracle" but
 *       not "oracle", "Trump" but not "trump"), the rest of the letters are free ("Tiktok" in a
 *       headline is TikTok, "CHINA" is China); words the alias writes in lower case are free too
 *       ("Chinese Authorities" in a title-case headline matches "Chinese authorities").</li>
 * </ul>
 */
final class AliasCase {
    private static final int MAX_ACRONYM_LETTERS = 6;

    private final String alias;
    private final boolean acronym;

    AliasCase(String alias) {
        this.alias = alias;
        this.acronym = isAcronym(alias);
    }

    String alias() {
        return alias;
    }

    boolean accepts(CharSequence text, int start) {
        for (int i = 0; i < alias.length(); i++) {
            char a = alias.charAt(i);
            char t = text.charAt(start + i);
            if (acronym) {
                if (Character.isLetter(a) && a != t) {
                    return false;
                }
            } else if (Character.isUpperCase(a) && startsWord(alias, i) && !Character.isUpperCase(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWord(String s, int i) {
        return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    private static boolean isAcronym(String alias) {
        int letters = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0 && letters <= MAX_ACRONYM_LETTERS;
    }
}
