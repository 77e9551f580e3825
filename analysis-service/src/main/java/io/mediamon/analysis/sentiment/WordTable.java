package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link CueWords} and the {@link SentimentLexicon} merged into one table, so that one look-up per token answers
 * every question the scorer asks of a word: its cue categories, its valence and its domain kind. The negator bit is
 * {@link CueWords#isNegator}'s reading (any word ending in "n't" counts). Immutable and thread-safe.
 */
public final class WordTable {

    /** What the two word lists say of one word. */
    record Entry(int cues, float valence, String kind) {
    }

    private static final Entry UNKNOWN = new Entry(0, 0f, null);
    private static final int NEGATOR = CueWords.bit(CueWords.Category.NEGATOR);

    private static final class Holder {
        static final WordTable DEFAULT = new WordTable(SentimentLexicon.standard(), CueWords.standard());
    }

    private final Map<String, Entry> entries;
    /** The entries of the one-char ASCII words (mostly punctuation tokens), by char: no hashing for them. */
    private final Entry[] singleChars = new Entry[128];

    private WordTable(SentimentLexicon lexicon, CueWords cues) {
        Map<String, Entry> out = new HashMap<>((lexicon.size() + cues.size()) * 2);
        lexicon.forEachWord(w -> out.put(w, new Entry(cues.bits(w), lexicon.valence(w), lexicon.kind(w))));
        cues.forEachWord(w -> out.putIfAbsent(w, new Entry(cues.bits(w), lexicon.valence(w), lexicon.kind(w))));
        this.entries = out;
        for (char c = 0; c < singleChars.length; c++) {
            singleChars[c] = out.getOrDefault(String.valueOf(c), UNKNOWN);
        }
    }

    /** The table of the standard cue words and lexicon. */
    public static WordTable standard() {
        return Holder.DEFAULT;
    }

    /** The table of these word lists: the shared one for the standard lists. */
    static WordTable of(SentimentLexicon lexicon, CueWords cues) {
        if (lexicon == SentimentLexicon.standard() && cues == CueWords.standard()) {
            return standard();
        }
        return new WordTable(lexicon, cues);
    }

    /** The words of every token of {@code text}, looked up once per article and kept with it. */
    public TokenWords words(ArticleText text) {
        return text.perArticle(this, t -> words(t.tokens()));
    }

    /** The words of {@code tokens}, looked up now. */
    public TokenWords words(List<Token> tokens) {
        int n = tokens.size();
        int[] cues = new int[n];
        float[] valence = new float[n];
        String[] kind = new String[n];
        for (int i = 0; i < n; i++) {
            String w = tokens.get(i).norm();
            Entry e = entry(w);
            cues[i] = w.endsWith("n't") ? e.cues() | NEGATOR : e.cues();
            valence[i] = e.valence();
            kind[i] = e.kind();
        }
        return new TokenWords(tokens, 0, n, cues, valence, kind);
    }

    private Entry entry(String w) {
        if (w.length() == 1 && w.charAt(0) < singleChars.length) {
            return singleChars[w.charAt(0)];
        }
        return entries.getOrDefault(w, UNKNOWN);
    }
}
