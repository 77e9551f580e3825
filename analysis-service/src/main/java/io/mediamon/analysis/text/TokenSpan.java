package io.mediamon.analysis.text;

/** Positions {@code [start, end)} in a list of tokens or terms. */
public record TokenSpan(int start, int end) {
    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return end <= start;
    }

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
