package io.mediamon.analysis.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Closed-class words that steer opinion words: negators, intensifiers, hedges, contrast, reporting verbs, ... */
public final class CueWords {

    public enum Category { NEGATOR, INTENSIFIER, DAMPENER, HEDGE, CONTRAST, REPORTING, CLAUSE, PREPOSITION, PRONOUN }

    static final String RESOURCE = "sentiment/cue-words.tsv";

    /** Word to a bit set of {@link Category} ordinals: one lookup answers every category question. */
    private final Map<String, Integer> categories;

    CueWords(Map<Category, Set<String>> words) {
        Map<String, Integer> bits = new HashMap<>();
        words.forEach((category, set) -> set.forEach(w -> bits.merge(w, 1 << category.ordinal(), (a, b) -> a | b)));
        this.categories = Map.copyOf(bits);
    }

    private static final class Holder {
        static final CueWords DEFAULT = loadFromClasspath();
    }

    public static CueWords standard() {
        return Holder.DEFAULT;
    }

    static CueWords loadFromClasspath() {
        Map<Category, Set<String>> words = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            words.put(c, new HashSet<>());
        }
        try (InputStream in = CueWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cue word resource not on the classpath: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                words.get(Category.valueOf(cols[0].toUpperCase(java.util.Locale.ROOT))).add(cols[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<Category, Set<String>> frozen = new EnumMap<>(Category.class);
        words.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new CueWords(frozen);
    }

    public boolean is(Category category, String word) {
        return (bits(word) & bit(category)) != 0;
    }

    /** The word's categories as a bit set of {@link #bit}s; 0 for a word in none. */
    int bits(String word) {
        Integer bits = categories.get(word);
        return bits == null ? 0 : bits;
    }

    /** The bit of a category in {@link #bits}. */
    static int bit(Category category) {
        return 1 << category.ordinal();
    }

    int size() {
        return categories.size();
    }

    void forEachWord(java.util.function.Consumer<String> action) {
        categories.keySet().forEach(action);
    }

    /** Negators, including any word ending in "n't". */
    public boolean isNegator(String word) {
        return word.endsWith("n't") || is(Category.NEGATOR, word);
    }
}
