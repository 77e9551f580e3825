package io.mediamon.analysis.nlp;

/** A sentence at {@code [start, end)} of the analysed text. */
public record SentenceSpan(int start, int end) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
