package io.mediamon.analysis.text;

/**
 * A sentence of an article's text: characters {@code [start, end)} and tokens {@code [firstToken, endToken)} of
 * its {@link ArticleText}.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
