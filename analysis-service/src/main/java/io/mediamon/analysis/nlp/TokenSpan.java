package io.mediamon.analysis.nlp;

/** Tokens {@code [start, end)} of a {@link TokenIndex}. */
public record TokenSpan(int start, int end) {
    public int gapTo(TokenSpan other) {
        if (other.start >= end) {
            return other.start - end;
        }
        if (start >= other.end) {
            return start - other.end;
        }
        return 0;
    }

    public TokenSpan cover(TokenSpan other) {
        return new TokenSpan(Math.min(start, other.start), Math.max(end, other.end));
    }
}
