package io.mediamon.analysis.story;

import io.mediamon.analysis.text.CharKinds;
import io.mediamon.analysis.text.Token;
import io.mediamon.analysis.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * 64-bit SimHash over word 3-shingles. Near-identical texts (syndicated copies, light edits) get
 * fingerprints a few bits apart; unrelated texts differ in about half their bits.
 */
public final class SimHash {
    private static final int SHINGLE = 3;

    private SimHash() {
    }

    /** The fingerprint of a text, tokenized by the project's {@link Tokenizer}. */
    public static long of(String text) {
        return of(Tokenizer.tokenize(text), text);
    }

    /** The fingerprint of already tokenized text: shingles of the letter-and-digit runs of its word tokens. */
    public static long of(List<Token> tokens) {
        return of(tokens, null);
    }

    private static long of(List<Token> tokens, String fallback) {
        List<String> words = words(tokens);
        BitTally ones = new BitTally();
        int count = 0;
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long state = FNV_OFFSET;
            for (int j = 0; j < SHINGLE; j++) {
                state = fnvUtf8(state, words.get(i + j));
                state = fnvByte(state, ' ');
            }
            ones.add(avalanche(state));
            count++;
        }
        if (count == 0) {
            return fnv1a64(fallback != null ? fallback : String.join(" ", words));
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            // a bit's weight is its ones less its zeros: positive when more than half the shingles set it
            if (2 * ones.of(bit) > count) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** Word tokens cut into their runs of letters and digits ("don't" gives "don", "t"; "'s" gives "s"). */
    private static List<String> words(List<Token> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (!token.word()) {
                continue;
            }
            String norm = token.norm();
            int i = 0;
            while (i < norm.length()) {
                while (i < norm.length() && !CharKinds.isLetterOrDigit(norm.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < norm.length() && CharKinds.isLetterOrDigit(norm.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    words.add(start == 0 && i == norm.length() ? norm : norm.substring(start, i));
                }
            }
        }
        return words;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    static long fnv1a64(String text) {
        return avalanche(fnvUtf8(FNV_OFFSET, text));
    }

    /** FNV-1a over the UTF-8 bytes of {@code s}, without encoding it into an array. */
    private static long fnvUtf8(long hash, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                hash = fnvByte(hash, c);
            } else if (c < 0x800) {
                hash = fnvByte(fnvByte(hash, 0xc0 | c >> 6), 0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                hash = fnvByte(fnvByte(fnvByte(fnvByte(hash, 0xf0 | cp >> 18), 0x80 | cp >> 12 & 0x3f),
                        0x80 | cp >> 6 & 0x3f), 0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                hash = fnvByte(hash, '?');
            } else {
                hash = fnvByte(fnvByte(fnvByte(hash, 0xe0 | c >> 12), 0x80 | c >> 6 & 0x3f), 0x80 | c & 0x3f);
            }
        }
        return hash;
    }

    private static long fnvByte(long hash, int b) {
        return (hash ^ (b & 0xff)) * FNV_PRIME;
    }

    /** Final avalanche so that nearby inputs spread over all 64 bits. */
    private static long avalanche(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }

    public static String hex(long fingerprint) {
        return String.format("%016x", fingerprint);
    }

    public static long parseHex(String hex) {
        return Long.parseUnsignedLong(hex, 16);
    }
}
