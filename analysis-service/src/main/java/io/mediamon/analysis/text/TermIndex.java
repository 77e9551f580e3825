package io.mediamon.analysis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Positions of every term of a document, with a sorted vocabulary for prefix look-ups. */
public final class TermIndex {
    private static final String[] NONE = new String[0];

    private final List<Term> terms;
    private final Map<String, List<Integer>> positions;
    private String[] vocabulary;
    private Map<Character, String[]> vocabularyByInitial;
    private Map<Character, List<String>> formsByInitial;

    public TermIndex(List<Term> terms) {
        this.terms = List.copyOf(terms);
        this.positions = new HashMap<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            positions.computeIfAbsent(terms.get(i).norm(), k -> new ArrayList<>(2)).add(i);
        }
    }

    public List<Term> terms() {
        return terms;
    }

    /** Sorted positions of the terms equal to {@code form}. */
    public List<Integer> exact(String form) {
        return positions.getOrDefault(form, List.of());
    }

    /** Forms starting with {@code prefix}, in sorted order, each with its positions. */
    public List<Map.Entry<String, List<Integer>>> withPrefix(String prefix) {
        String[] words = prefix.isEmpty() ? sortedVocabulary() : sortedVocabulary(prefix.charAt(0));
        int i = Arrays.binarySearch(words, prefix);
        if (i < 0) {
            i = -i - 1;
        }
        List<Map.Entry<String, List<Integer>>> out = new ArrayList<>();
        for (; i < words.length && words[i].startsWith(prefix); i++) {
            out.add(Map.entry(words[i], positions.get(words[i])));
        }
        return out;
    }

    /**
     * Each form starting with {@code prefix}, with its positions, in no particular order: the same forms as
     * {@link #withPrefix}, for callers that do not need them sorted (nothing is sorted, nothing is copied).
     */
    public void eachWithPrefix(String prefix, BiConsumer<String, List<Integer>> each) {
        if (prefix.isEmpty()) {
            positions.forEach(each);
            return;
        }
        for (String form : formsByInitial().getOrDefault(prefix.charAt(0), List.of())) {
            if (form.startsWith(prefix)) {
                each.accept(form, positions.get(form));
            }
        }
    }

    /** The forms grouped by their first character, unsorted. Built on first use. */
    private Map<Character, List<String>> formsByInitial() {
        if (formsByInitial == null) {
            formsByInitial = new HashMap<>();
            for (String form : positions.keySet()) {
                if (!form.isEmpty()) {
                    formsByInitial.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(form);
                }
            }
        }
        return formsByInitial;
    }

    /**
     * The sorted forms starting with {@code initial}: every form with a prefix of that initial is among them, and
     * sorting the forms initial by initial costs less than sorting them all at once. Built on first use.
     */
    private String[] sortedVocabulary(char initial) {
        if (vocabularyByInitial == null) {
            Map<Character, List<String>> byInitial = formsByInitial();
            vocabularyByInitial = new HashMap<>(byInitial.size() * 2);
            byInitial.forEach((c, forms) -> {
                String[] sorted = forms.toArray(new String[0]);
                Arrays.sort(sorted);
                vocabularyByInitial.put(c, sorted);
            });
        }
        return vocabularyByInitial.getOrDefault(initial, NONE);
    }

    /** Built on first use; an index belongs to one analysis on one thread. */
    private String[] sortedVocabulary() {
        if (vocabulary == null) {
            vocabulary = positions.keySet().toArray(new String[0]);
            Arrays.sort(vocabulary);
        }
        return vocabulary;
    }
}
