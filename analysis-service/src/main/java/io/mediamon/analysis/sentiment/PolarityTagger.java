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

    /** Per-token result; arrays are indexed like the token list. */
    public record Tagged(float[] valence, boolean[] negated, boolean[] hedgedClause) {
    }

    private final SentimentLexicon lexicon;
    private final CueWords cues;

    public PolarityTagger(SentimentLexicon lexicon, CueWords cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    public Tagged tag(List<Token> tokens, int[] clause) {
        int n = tokens.size();
        float[] valence = new float[n];
        boolean[] negated = new boolean[n];
        boolean[] hedged = hedgedClauses(tokens, clause);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.word() || isModifier(t.norm())) {
                continue;
            }
            float v = lexicon.valence(t.norm());
            if (v == 0f) {
                continue;
            }
            for (int j = i - 1; j >= 0 && j >= i - SCOPE && clause[j] == clause[i]; j--) {
                String w = tokens.get(j).norm();
                if (cues.isNegator(w)) {
                    v *= NEGATION_FACTOR;
                    negated[i] = !negated[i];
                } else if (cues.is(CueWords.Category.INTENSIFIER, w)) {
                    v *= INTENSIFIER_FACTOR;
                } else if (cues.is(CueWords.Category.DAMPENER, w)) {
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

    private boolean isModifier(String w) {
        return cues.isNegator(w) || cues.is(CueWords.Category.INTENSIFIER, w) || cues.is(CueWords.Category.DAMPENER, w)
                || cues.is(CueWords.Category.HEDGE, w);
    }

    private boolean[] hedgedClauses(List<Token> tokens, int[] clause) {
        int n = tokens.size();
        boolean[] hedged = new boolean[n];
        int maxClause = n == 0 ? 0 : clause[n - 1];
        boolean[] clauseHedged = new boolean[maxClause + 1];
        for (int i = 0; i < n; i++) {
            if (cues.is(CueWords.Category.HEDGE, tokens.get(i).norm())) {
                clauseHedged[clause[i]] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            hedged[i] = clauseHedged[clause[i]];
        }
        return hedged;
    }
}
