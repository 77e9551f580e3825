package io.mediamon.analysis.encoder;

/**
 * The encoder's hidden state for each sub-word token of one text, with each token's character span in that text.
 * Special tokens ([CLS], [SEP]) are not included. Arrays are owned by this record and must not be changed.
 *
 * @param states    {@code states[t]} is token t's state vector (all of one width)
 * @param starts    first character of token t
 * @param ends      one past the last character of token t
 * @param truncated true when the text had more tokens than the encoder reads; later characters have no token
 */
public record TokenStates(float[][] states, int[] starts, int[] ends, boolean truncated) {

    public int size() {
        return states.length;
    }

    public int width() {
        return states.length == 0 ? 0 : states[0].length;
    }

    /** Index of the first token overlapping {@code [from, to)}, or -1. */
    public int firstToken(int from, int to) {
        for (int t = 0; t < starts.length; t++) {
            if (ends[t] > from && starts[t] < to) {
                return t;
            }
        }
        return -1;
    }

    /** One past the index of the last token overlapping {@code [from, to)}, or -1. */
    public int endToken(int from, int to) {
        for (int t = starts.length - 1; t >= 0; t--) {
            if (ends[t] > from && starts[t] < to) {
                return t + 1;
            }
        }
        return -1;
    }

    /** Adds the mean of the states of tokens {@code [a, b)} into {@code out} starting at {@code offset}. */
    public void meanInto(int a, int b, float[] out, int offset) {
        int w = width();
        int n = b - a;
        if (n <= 0) {
            return;
        }
        for (int t = a; t < b; t++) {
            float[] s = states[t];
            for (int i = 0; i < w; i++) {
                out[offset + i] += s[i];
            }
        }
        float inv = 1f / n;
        for (int i = 0; i < w; i++) {
            out[offset + i] *= inv;
        }
    }

    /** Mean of all token states: the text's pooled embedding (zeros for an empty text). */
    public float[] mean() {
        float[] out = new float[width()];
        meanInto(0, size(), out, 0);
        return out;
    }
}
