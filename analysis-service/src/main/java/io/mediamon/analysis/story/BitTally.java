package io.mediamon.analysis.story;

/**
 * How many of the 64-bit values added had each bit set. Eight counters share a long, one per byte lane: a value's
 * byte is spread to its lanes through a 256-entry table, so adding a value costs eight additions instead of 64.
 * Lanes are emptied into the int counts before any can pass 255. Not thread-safe.
 */
final class BitTally {
    private static final int LANE_LIMIT = 255;
    private static final long[] SPREAD = new long[256];

    static {
        for (int b = 0; b < 256; b++) {
            long lanes = 0;
            for (int bit = 0; bit < 8; bit++) {
                lanes |= (long) (b >>> bit & 1) << (8 * bit);
            }
            SPREAD[b] = lanes;
        }
    }

    private final int[] counts = new int[64];
    /** Lane {@code j} of {@code lanes[k]} counts bit {@code 8k + j} since the last drain. */
    private final long[] lanes = new long[8];
    private int pending;
    private boolean drained = true;

    void add(long value) {
        for (int k = 0; k < 8; k++) {
            lanes[k] += SPREAD[(int) (value >>> (8 * k)) & 0xff];
        }
        drained = false;
        if (++pending == LANE_LIMIT) {
            drain();
        }
    }

    /** How many of the values added had {@code bit} set. */
    int of(int bit) {
        if (!drained) {
            drain();
        }
        return counts[bit];
    }

    private void drain() {
        for (int k = 0; k < 8; k++) {
            long l = lanes[k];
            for (int j = 0; j < 8; j++) {
                counts[8 * k + j] += (int) (l >>> (8 * j) & 0xff);
            }
            lanes[k] = 0;
        }
        pending = 0;
        drained = true;
    }
}
