package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.Token;
import java.util.List;

/**
 * Lexicon valence per token after local modifiers: a negator up to three words before (same clause) flips and damps
 * the valence, intensifiers boost it, dampeners and hedges in the clause weaken it.
 */
public final class PolarityTagger {

    static final float NEGATION_FACTOR = -0.74f;
    static final float INTENSIFIER_FACTOR = 1.3f;
    static final float DAMPENER_FACTOR = 0.7f;
    static final float HEDGE_FACTOR = 0.8f;
    private static final int SCOPE = 3;
    private static final int MODIFIER = CueWords.bit(CueWords.Category.NEGATOR)
            | CueWords.bit(CueWords.Category.INTENSIFIER) | CueWords.bit(CueWords.Category.DAMPENER)
            | CueWords.bit(CueWords.Category.HEDGE);

    /** Per-token result; arrays are indexed like the token list. */
    public record Tagged(float[] valence, boolean[] negated, boolean[] hedgedClause) {
    }

    private final WordTable table;

    public PolarityTagger(SentimentLexicon lexicon, CueWords cues) {
        this.table = WordTable.of(lexicon, cues);
    }

    public Tagged tag(List<Token> tokens, int[] clause) {
        return tag(table.words(tokens), clause);
    }

    /** As {@link #tag(List, int[])}, for words already looked up in this tagger's lists. */
    Tagged tag(TokenWords words, int[] clause) {
        int n = words.size();
        float[] valence = new float[n];
        boolean[] negated = new boolean[n];
        boolean[] hedged = hedgedClauses(words, clause);
        for (int i = 0; i < n; i++) {
            if (!words.word(i) || words.isAny(i, MODIFIER)) {
                continue;
            }
            float v = words.valence(i);
            if (v == 0f) {
                continue;
            }
            for (int j = i - 1; j >= 0 && j >= i - SCOPE && clause[j] == clause[i]; j--) {
                if (words.isNegator(j)) {
                    v *= NEGATION_FACTOR;
                    negated[i] = !negated[i];
                } else if (words.is(j, CueWords.Category.INTENSIFIER)) {
                    v *= INTENSIFIER_FACTOR;
                } else if (words.is(j, CueWords.Category.DAMPENER)) {
                    v *= DAMPENER_FACTOR;
                }
            }
            if (hedged[i]) {
                v *= HEDGE_FACTOR;
            }
            valence[i] = Math.max(-1f, Math.min(1f, v));
        }
        return new Tagged(valence, negated, hedged);
    }

    private static boolean[] hedgedClauses(TokenWords words, int[] clause) {
        int n = words.size();
        boolean[] hedged = new boolean[n];
        int maxClause = n == 0 ? 0 : clause[n - 1];
        boolean[] clauseHedged = new boolean[maxClause + 1];
        for (int i = 0; i < n; i++) {
            if (words.is(i, CueWords.Category.HEDGE)) {
                clauseHedged[clause[i]] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            hedged[i] = clauseHedged[clause[i]];
        }
        return hedged;
    }
}
