package io.mediamon.analysis.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phrases found case-insensitively in one pass over a text, with a double-array Aho-Corasick automaton (primitive
 * arrays, no per-state maps). Case is folded character by character, so a hit's offsets are offsets into the text
 * as given. Read-only after construction and safe to share between threads.
 *
 * @param <V> what a phrase carries
 */
public final class PhraseDictionary<V> {
    /** Receives each hit: the phrase found at {@code [start, end)} of the text, and its value. */
    @FunctionalInterface
    public interface Hits<V> {
        void hit(int start, int end, V value);
    }

    private final AhoCorasickDoubleArrayTrie<V> automaton;
    private final boolean empty;

    /** Phrases and their values; two phrases that fold to the same key keep the later one's value. */
    public PhraseDictionary(Map<String, V> phrases) {
        TreeMap<String, V> folded = new TreeMap<>();
        phrases.forEach((phrase, value) -> {
            if (!phrase.isEmpty()) {
                folded.put(fold(phrase), value);
            }
        });
        this.automaton = new AhoCorasickDoubleArrayTrie<>();
        this.empty = folded.isEmpty();
        if (!empty) {
            automaton.build(folded);
        }
    }

    /** Every occurrence of every phrase in {@code text}, overlapping ones included, in order of their end. */
    public void find(CharSequence text, Hits<V> hits) {
        if (empty) {
            return;
        }
        automaton.parseText(foldToArray(text), (int begin, int end, V value) -> hits.hit(begin, end, value));
    }

    /** Lower case, one character for one, so offsets survive. */
    public static String fold(CharSequence s) {
        return new String(foldToArray(s));
    }

    private static char[] foldToArray(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
        }
        return out;
    }
}
