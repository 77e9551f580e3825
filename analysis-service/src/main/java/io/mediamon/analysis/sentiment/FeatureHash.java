package io.mediamon.analysis.sentiment;

/**
 * The 64-bit hash that names a feature on the hot path: FNV-1a over the UTF-16 chars of the feature name, so it can
 * be computed part by part ({@code "w:"}, {@code "L"}, {@code 2}, {@code ":"}, the word) without building the name,
 * and equals the hash of the whole name the model file stores. {@link LinearSoftmaxModel} refuses a model in which
 * two names share a hash.
 */
final class FeatureHash {
    static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long of(String name) {
        return add(OFFSET, name);
    }

    static long add(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    static long add(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** Appends the decimal digits of a non-negative number, as {@code String.valueOf(n)} would. */
    static long add(long h, int n) {
        if (n < 10) {
            return add(h, (char) ('0' + n));
        }
        return add(add(h, n / 10), (char) ('0' + n % 10));
    }

    /** Spreads the hash over the table bits (the low bits of FNV-1a are weak). */
    static long spread(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
