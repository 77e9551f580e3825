package io.mediamon.analysis.entity;

import io.mediamon.analysis.text.CharKinds;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The longest of the {@link #EDGE_WORDS}; lower-casing never shortens a word, so longer ones are not edges. */
    private static final int MAX_EDGE_WORD = EDGE_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /** The {@link #EDGE_WORDS} (all lower-case ASCII) by their first letter, for words of ASCII chars. */
    private static final String[][] EDGE_BY_INITIAL = byInitial(EDGE_WORDS);

    private CapitalisedNames() {
    }

    public static List<Name> find(String text) {
        List<Name> names = new ArrayList<>();
        Run run = new Run();
        int index = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !CharKinds.isLetterOrDigit(text.charAt(i))) {
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
            if (isCapitalised(text, start, end)) {
                run.add(index, start, end);
                boolean breaksAfter = possessive || !(i < n && text.charAt(i) == ' '
                        && i + 1 < n && CharKinds.isLetterOrDigit(text.charAt(i + 1)));
                if (breaksAfter) {
                    run.flush(text, names);
                }
            } else {
                run.flush(text, names);
            }
            index++;
        }
        run.flush(text, names);
        return names;
    }

    /**
     * The capitalised words of the run being read: the index of its first word among all the text's words, and
     * each word's {@code [start, end)}.
     */
    private static final class Run {
        private int first;
        private int size;
        private int[] bounds = new int[16];

        void add(int index, int start, int end) {
            if (size == 0) {
                first = index;
            }
            if (2 * size + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * size] = start;
            bounds[2 * size + 1] = end;
            size++;
        }

        /** Ends the run: trimmed of edge words, what is left names something if it has two words or more. */
        void flush(String text, List<Name> out) {
            int a = 0;
            int b = size;
            while (a < b && isEdgeWord(text, bounds[2 * a], bounds[2 * a + 1])) {
                a++;
            }
            while (b > a && isEdgeWord(text, bounds[2 * b - 2], bounds[2 * b - 1])) {
                b--;
            }
            if (b - a >= 2) {
                int start = bounds[2 * a];
                int end = bounds[2 * b - 1];
                out.add(new Name(start, end, text.substring(start, end), first + a == 0));
            }
            size = 0;
        }
    }

    private static boolean isEdgeWord(String text, int start, int end) {
        if (end - start > MAX_EDGE_WORD) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return EDGE_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        char first = asciiLower(text.charAt(start));
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (String edge : EDGE_BY_INITIAL[first - 'a']) {
            if (CharKinds.equalsLowerCased(text, start, end, edge)) {
                return true;
            }
        }
        return false;
    }


    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static String[][] byInitial(Set<String> words) {
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String w : words) {
            buckets.get(w.charAt(0) - 'a').add(w);
        }
        String[][] out = new String[26][];
        for (int i = 0; i < 26; i++) {
            out[i] = buckets.get(i).toArray(new String[0]);
        }
        return out;
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (CharKinds.isLetterOrDigit(c)) {
            return true;
        }
        boolean inner = i + 1 < text.length() && CharKinds.isLetterOrDigit(text.charAt(i + 1));
        return inner && (c == '-' || isApostrophe(c));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isCapitalised(String text, int start, int end) {
        if (end <= start || !CharKinds.isUpperCase(text.charAt(start))) {
            return false;
        }
        boolean lower = false;
        for (int i = start + 1; i < end; i++) {
            if (CharKinds.isLowerCase(text.charAt(i))) {
                lower = true;
                break;
            }
        }
        return lower || end - start <= MAX_ACRONYM;
    }
}
