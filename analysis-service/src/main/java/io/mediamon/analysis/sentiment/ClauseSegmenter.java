package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.Token;
import java.util.List;

/**
 * Cheap clause boundaries: punctuation that separates clauses and subordinating/contrastive conjunctions open a new
 * clause. Returns a clause number per token, non-decreasing from 0.
 */
public final class ClauseSegmenter {

    private final WordTable table;

    public ClauseSegmenter(CueWords cues) {
        this.table = WordTable.of(SentimentLexicon.standard(), cues);
    }

    public int[] segment(List<Token> tokens) {
        return segment(table.words(tokens));
    }

    /** As {@link #segment(List)}, for words already looked up. */
    int[] segment(TokenWords words) {
        int[] clause = new int[words.size()];
        int current = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && opensClause(words, i)) {
                current++;
            }
            clause[i] = current;
        }
        return clause;
    }

    private static boolean opensClause(TokenWords words, int i) {
        if (!words.word(i)) {
            return switch (words.norm(i)) {
                case ",", ";", ":", "(", ")", "\"", "-", ".", "?", "!" -> true;
                default -> false;
            };
        }
        return words.is(i, CueWords.Category.CLAUSE);
    }
}
