package io.mediamon.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds runs of two or more capitalised words ("Ma Jihua", "Great SMM", "Air Force One") in a piece of
 * text, split at punctuation and trimmed of capitalised function words, titles, months, days and
 * demonyms. A scan over characters, no regular expressions.
 */
public final class CapitalisedNames {
    /** A run of capitalised words at {@code [start, end)}; {@code sentenceInitial} if it opens the text. */
    public record Name(int start, int end, String text, boolean sentenceInitial) {
    }

    private record Word(int start, int end, boolean capitalised, boolean breaksAfter) {
    }

    private static final int MAX_ACRONYM = 5;
    private static final Set<String> EDGE_WORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "as", "by", "to", "of", "for", "from",
            "with", "it", "its", "this", "that", "these", "those", "his", "her", "their", "our", "we", "he",
            "she", "they", "i", "you", "my", "your", "after", "before", "when", "while", "since", "despite",
            "mr", "mrs", "ms", "dr", "president", "ceo", "minister", "spokesman", "spokesperson", "chairman",
            "senator", "secretary", "general", "founder", "executive", "chief", "prime", "premier",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "chinese", "american", "western", "eastern", "european", "asian", "african", "indian",
            "british", "russian", "japanese", "korean", "democratic", "republican", "late", "early", "last",
            "next", "per", "visit", "please", "read", "share", "according", "however", "meanwhile",
            "also", "then", "there", "here", "what", "why", "how", "who", "all", "some", "many", "most");

    private CapitalisedNames() {
    }

    public static List<Name> find(String text) {
        List<Word> words = words(text);
        List<Name> names = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i <= words.size(); i++) {
            boolean capitalised = i < words.size() && words.get(i).capitalised();
            if (capitalised && runStart < 0) {
                runStart = i;
            }
            boolean endRun = runStart >= 0 && (!capitalised || words.get(i).breaksAfter());
            if (endRun) {
                int runEnd = capitalised ? i + 1 : i;
                addTrimmed(text, words, runStart, runEnd, names);
                runStart = -1;
            }
        }
        return names;
    }

    private static void addTrimmed(String text, List<Word> words, int from, int to, List<Name> out) {
        int a = from;
        int b = to;
        while (a < b && isEdgeWord(text, words.get(a))) {
            a++;
        }
        while (b > a && isEdgeWord(text, words.get(b - 1))) {
            b--;
        }
        if (b - a >= 2) {
            int start = words.get(a).start();
            int end = words.get(b - 1).end();
            out.add(new Name(start, end, text.substring(start, end), a == 0));
        }
    }

    private static boolean isEdgeWord(String text, Word w) {
        return EDGE_WORDS.contains(text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT));
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && isWordChar(text, i)) {
                i++;
            }
            int end = i;
            boolean possessive = end - start > 2 && isApostrophe(text.charAt(end - 2))
                    && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S');
            if (possessive) {
                end -= 2;
            }
            boolean breaksAfter = possessive || !(i < n && text.charAt(i) == ' '
                    && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)));
            words.add(new Word(start, end, isCapitalised(text, start, end), breaksAfter));
        }
        return words;
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean inner = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return inner && (c == '-' || isApostrophe(c));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isCapitalised(String text, int start, int end) {
        if (end <= start || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        boolean lower = false;
        for (int i = start + 1; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                lower = true;
                break;
            }
        }
        return lower || end - start <= MAX_ACRONYM;
    }
}
