package io.mediamon.analysis.sentiment.contextual;

import io.mediamon.analysis.encoder.TokenStates;

/**
 * The head's input for one target: three pooled blocks of encoder states, concatenated: the mean over the target's
 * own sub-word tokens, the mean over a window of {@link #WINDOW} tokens either side (target included), and the mean
 * over the whole sentence. One encoding of a sentence serves every target in it.
 */
public final class ContextualFeatures {

    public static final int WINDOW = 5;
    public static final int BLOCKS = 3;

    private ContextualFeatures() {
    }

    /** The token range {@code [first, end)} of each block for a target, or null when no token covers the span. */
    public static int[][] blocks(TokenStates states, int from, int to) {
        int a = states.firstToken(from, to);
        if (a < 0) {
            return null;
        }
        int b = states.endToken(from, to);
        int n = states.size();
        return new int[][]{{a, b}, {Math.max(0, a - WINDOW), Math.min(n, b + WINDOW)}, {0, n}};
    }

    /** Features of the target {@code [from, to)}, or null when the encoder has no token for it (truncated text). */
    public static float[] of(TokenStates states, int from, int to) {
        int[][] blocks = blocks(states, from, to);
        if (blocks == null) {
            return null;
        }
        int w = states.width();
        float[] out = new float[BLOCKS * w];
        for (int g = 0; g < BLOCKS; g++) {
            states.meanInto(blocks[g][0], blocks[g][1], out, g * w);
        }
        return out;
    }
}
