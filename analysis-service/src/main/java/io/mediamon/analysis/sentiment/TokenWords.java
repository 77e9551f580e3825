package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.Token;
import java.util.List;

/**
 * A run of tokens with what the {@link WordTable} says of each: cue categories, valence and domain kind, looked up
 * once. Positions are relative to the run; {@link #of(Sentence)} views one sentence of an article's run without
 * copying. Not thread-safe to build, read-only after.
 */
public final class TokenWords {
    private final List<Token> tokens;
    private final int offset;
    private final int size;
    private final int[] cues;
    private final float[] valence;
    private final String[] kind;

    TokenWords(List<Token> tokens, int offset, int size, int[] cues, float[] valence, String[] kind) {
        this.tokens = tokens;
        this.offset = offset;
        this.size = size;
        this.cues = cues;
        this.valence = valence;
        this.kind = kind;
    }

    /** The tokens of {@code sentence}, for a run that holds an article's tokens. */
    public TokenWords of(Sentence sentence) {
        int from = offset + sentence.firstToken();
        return new TokenWords(tokens, from, sentence.endToken() - sentence.firstToken(), cues, valence, kind);
    }

    public int size() {
        return size;
    }

    public Token token(int i) {
        return tokens.get(offset + i);
    }

    public String norm(int i) {
        return tokens.get(offset + i).norm();
    }

    public boolean word(int i) {
        return tokens.get(offset + i).word();
    }

    /** Whether the word is in the category; for {@link CueWords.Category#NEGATOR}, {@link CueWords#isNegator}. */
    public boolean is(int i, CueWords.Category category) {
        return (cues[offset + i] & CueWords.bit(category)) != 0;
    }

    /** Whether the word is in any category of {@code mask} (an or of {@link CueWords#bit}s). */
    boolean isAny(int i, int mask) {
        return (cues[offset + i] & mask) != 0;
    }

    public boolean isNegator(int i) {
        return is(i, CueWords.Category.NEGATOR);
    }

    /** {@link SentimentLexicon#valence}. */
    public float valence(int i) {
        return valence[offset + i];
    }

    /** {@link SentimentLexicon#kind}. */
    public String kind(int i) {
        return kind[offset + i];
    }
}
