package io.mediamon.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Positions of every normalised token of a document, sorted by form for fast prefix look-ups. */
public final class TokenIndex {
    private final List<Token> tokens;
    private final NavigableMap<String, List<Integer>> positions = new TreeMap<>();

    public TokenIndex(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            positions.computeIfAbsent(tokens.get(i).norm(), k -> new ArrayList<>(2)).add(i);
        }
    }

    public List<Token> tokens() {
        return tokens;
    }

    List<Integer> exact(String form) {
        return positions.getOrDefault(form, List.of());
    }

    /** Forms starting with {@code prefix}, with their positions. */
    Map<String, List<Integer>> withPrefix(String prefix) {
        return positions.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }
}
