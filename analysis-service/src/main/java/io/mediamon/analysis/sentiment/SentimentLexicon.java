package io.mediamon.analysis.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Word valences in [-1, 1]: the VADER word list (read from the vader-sentiment-analyzer jar on the classpath) overlaid
 * with mediamon's own political/news lexicon, whose entries also carry a kind (criticism, misfortune, praise, ...).
 */
public final class SentimentLexicon {

    static final String VADER_RESOURCE = "vader_sentiment_lexicon.txt";
    static final String DOMAIN_RESOURCE = "sentiment/domain-lexicon.tsv";
    private static final double VADER_SCALE = 4.0;

    private final Map<String, Float> valence;
    private final Map<String, String> kind;

    SentimentLexicon(Map<String, Float> valence, Map<String, String> kind) {
        this.valence = Map.copyOf(valence);
        this.kind = Map.copyOf(kind);
    }

    private static final class Holder {
        static final SentimentLexicon DEFAULT = loadFromClasspath();
    }

    /** The shared default lexicon (VADER + domain), loaded once. */
    public static SentimentLexicon standard() {
        return Holder.DEFAULT;
    }

    static SentimentLexicon loadFromClasspath() {
        Map<String, Float> valence = new HashMap<>(16_384);
        Map<String, String> kind = new HashMap<>();
        readResource(VADER_RESOURCE, (cols) -> {
            if (cols.length >= 2) {
                valence.put(cols[0].toLowerCase(java.util.Locale.ROOT),
                        (float) (Double.parseDouble(cols[1]) / VADER_SCALE));
            }
        });
        readResource(DOMAIN_RESOURCE, (cols) -> {
            if (cols.length >= 2) {
                valence.put(cols[0], (float) (Double.parseDouble(cols[1]) / VADER_SCALE));
                if (cols.length >= 3) {
                    kind.put(cols[0], cols[2]);
                }
            }
        });
        return new SentimentLexicon(valence, kind);
    }

    private static void readResource(String name, java.util.function.Consumer<String[]> rowHandler) {
        ClassLoader loader = SentimentLexicon.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource not on the classpath: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rowHandler.accept(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + name, e);
        }
    }

    /** Valence in [-1, 1], 0 when the word is not in the lexicon. */
    public float valence(String word) {
        Float v = valence.get(word);
        return v == null ? 0f : v;
    }

    /** The domain kind (criticism, misfortune, praise, success, conflict) or null. */
    public String kind(String word) {
        return kind.get(word);
    }

    void forEachWord(java.util.function.Consumer<String> action) {
        valence.keySet().forEach(action);
        kind.keySet().forEach(w -> {
            if (!valence.containsKey(w)) {
                action.accept(w);
            }
        });
    }

    public int size() {
        return valence.size();
    }
}
