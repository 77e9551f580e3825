package io.mediamon.analysis.sentiment;

/**
 * The feature hashes of a sentence's context words that do not depend on where the target stands: each word's
 * unigram ({@code u:word}), its bigram with the word before ({@code b:prev_word}, {@code <S>} at the start) and its
 * same-clause features on either side ({@code c:L:word}, {@code c:R:word}). Worked out once per sentence, so a
 * sentence with several targets hashes its words once; the clause hashes, which a target needs only near it, on
 * first use.
 */
final class ContextHashes {
    static final String START = "<S>";
    private static final long UNIGRAM = FeatureHash.of("u:");
    private static final long BIGRAM = FeatureHash.of("b:");
    private static final long CLAUSE_LEFT = FeatureHash.of("c:L:");
    private static final long CLAUSE_RIGHT = FeatureHash.of("c:R:");

    private final long[] unigram;
    private final long[] bigram;
    private final TokenWords words;
    /** Clause hashes at {@code 2i} (left) and {@code 2i + 1} (right), filled on first use. */
    private final long[] clause;
    private final boolean[] clauseKnown;

    private ContextHashes(TokenWords words, long[] unigram, long[] bigram) {
        this.words = words;
        this.unigram = unigram;
        this.bigram = bigram;
        this.clause = new long[2 * unigram.length];
        this.clauseKnown = new boolean[2 * unigram.length];
    }

    static ContextHashes of(TokenWords words) {
        int n = words.size();
        long[] unigram = new long[n];
        long[] bigram = new long[n];
        for (int i = 0; i < n; i++) {
            String w = words.norm(i);
            unigram[i] = FeatureHash.add(UNIGRAM, w);
            bigram[i] = FeatureHash.add(FeatureHash.add(FeatureHash.add(BIGRAM, i == 0 ? START : words.norm(i - 1)),
                    '_'), w);
        }
        return new ContextHashes(words, unigram, bigram);
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
        int k = left ? 2 * i : 2 * i + 1;
        if (!clauseKnown[k]) {
            clause[k] = FeatureHash.add(left ? CLAUSE_LEFT : CLAUSE_RIGHT, words.norm(i));
            clauseKnown[k] = true;
        }
        return clause[k];
    }
}
