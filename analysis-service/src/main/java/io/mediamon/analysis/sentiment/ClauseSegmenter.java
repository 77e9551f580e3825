package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.Token;
import java.util.List;

/**
 * Cheap clause boundaries: punctuation that separates clauses and subordinating/contrastive conjunctions open a new
 * clause. Returns a clause number per token, non-decreasing from 0.
 */
public final class ClauseSegmenter {

    private final CueWords cues;

    public ClauseSegmenter(CueWords cues) {
        this.cues = cues;
    }

    public int[] segment(List<Token> tokens) {
        int[] clause = new int[tokens.size()];
        int current = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && opensClause(t)) {
                current++;
            }
            clause[i] = current;
        }
        return clause;
    }

    private boolean opensClause(Token t) {
        if (!t.word()) {
            return switch (t.norm()) {
                case ",", ";", ":", "(", ")", "\"", "-", ".", "?", "!" -> true;
                default -> false;
            };
        }
        return cues.is(CueWords.Category.CLAUSE, t.norm());
    }
}
