package io.mediamon.analysis.sentiment;

/**
 * The feature hashes of a sentence's context words that do not depend on where the target stands: each word's
 * unigram ({@code u:word}), its bigram with the word before ({@code b:prev_word}, {@code <S>} at the start) and its
 * same-clause features on either side ({@code c:L:word}, {@code c:R:word}). Worked out once per sentence, so a
 * sentence with several targets hashes its words once.
 */
final class ContextHashes {
    static final String START = "<S>";
    private static final long UNIGRAM = FeatureHash.of("u:");
    private static final long BIGRAM = FeatureHash.of("b:");
    private static final long CLAUSE_LEFT = FeatureHash.of("c:L:");
    private static final long CLAUSE_RIGHT = FeatureHash.of("c:R:");

    private final long[] unigram;
    private final long[] bigram;
    private final long[] clauseLeft;
    private final long[] clauseRight;

    private ContextHashes(long[] unigram, long[] bigram, long[] clauseLeft, long[] clauseRight) {
        this.unigram = unigram;
        this.bigram = bigram;
        this.clauseLeft = clauseLeft;
        this.clauseRight = clauseRight;
    }

    static ContextHashes of(TokenWords words) {
        int n = words.size();
        long[] unigram = new long[n];
        long[] bigram = new long[n];
        long[] clauseLeft = new long[n];
        long[] clauseRight = new long[n];
        for (int i = 0; i < n; i++) {
            String w = words.norm(i);
            unigram[i] = FeatureHash.add(UNIGRAM, w);
            bigram[i] = FeatureHash.add(FeatureHash.add(FeatureHash.add(BIGRAM, i == 0 ? START : words.norm(i - 1)),
                    '_'), w);
            clauseLeft[i] = FeatureHash.add(CLAUSE_LEFT, w);
            clauseRight[i] = FeatureHash.add(CLAUSE_RIGHT, w);
        }
        return new ContextHashes(unigram, bigram, clauseLeft, clauseRight);
    }

    /** The hash of {@code u:} and word {@code i}. */
    long unigram(int i) {
        return unigram[i];
    }

    /** The hash of {@code b:}, the word before {@code i} ({@value #START} for the first), {@code _} and word i. */
    long bigram(int i) {
        return bigram[i];
    }

    /** The hash of {@code c:L:} (or {@code c:R:}) and word {@code i}. */
    long clause(int i, boolean left) {
        return left ? clauseLeft[i] : clauseRight[i];
    }
}
