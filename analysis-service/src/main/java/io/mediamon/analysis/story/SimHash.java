package io.mediamon.analysis.story;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * 64-bit SimHash over word 3-shingles. Near-identical texts (syndicated copies, light edits) get
 * fingerprints a few bits apart; unrelated texts differ in about half their bits.
 */
public final class SimHash {
    private static final int SHINGLE = 3;

    private SimHash() {
    }

    public static long of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] weights = new int[64];
        int count = 0;
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            shingle.setLength(0);
            boolean empty = false;
            for (int j = 0; j < SHINGLE; j++) {
                if (words[i + j].isEmpty()) {
                    empty = true;
                }
                shingle.append(words[i + j]).append(' ');
            }
            if (empty) {
                continue;
            }
            long hash = fnv1a64(shingle.toString());
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += (hash >>> bit & 1L) == 1L ? 1 : -1;
            }
            count++;
        }
        if (count == 0) {
            return fnv1a64(text);
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        // final avalanche so that nearby inputs spread over all 64 bits
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
