package io.mediamon.analysis.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The model's own tokenizer (its tokenizer.json, read from the artifact), with padding off and truncation at a
 * maximum length, keeping each token's character span.
 */
public final class SubwordTokenizer implements AutoCloseable {

    /** Token ids (with [CLS]/[SEP]), their character spans (-1 for special tokens) and whether it was cut. */
    public record Pieces(long[] ids, int[] starts, int[] ends, boolean truncated) {
    }

    private final HuggingFaceTokenizer tokenizer;
    private final int maxTokens;

    public SubwordTokenizer(InputStream tokenizerJson, int maxTokens) throws IOException {
        this.maxTokens = maxTokens;
        this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                "padding", "false",
                "truncation", "true",
                "maxLength", Integer.toString(maxTokens),
                "addSpecialTokens", "true"));
    }

    public Pieces tokenize(String text) {
        Encoding e = tokenizer.encode(text);
        long[] ids = e.getIds();
        CharSpan[] spans = e.getCharTokenSpans();
        long[] special = e.getSpecialTokenMask();
        int[] starts = new int[ids.length];
        int[] ends = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            CharSpan span = spans[i];
            if (span == null || special[i] != 0) {
                starts[i] = -1;
                ends[i] = -1;
            } else {
                starts[i] = span.getStart();
                ends[i] = span.getEnd();
            }
        }
        return new Pieces(ids, starts, ends, e.exceedMaxLength());
    }

    public int maxTokens() {
        return maxTokens;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
