package io.mediamon.analysis.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BitTallyTest {
    @Test
    void countsEachBitAsABitByBitLoopDoes() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n : new int[] {0, 1, 254, 255, 256, 1000}) {
            BitTally tally = new BitTally();
            int[] expected = new int[64];
            for (int i = 0; i < n; i++) {
                long value = i % 7 == 0 ? -1L : random.nextLong();
                tally.add(value);
                for (int bit = 0; bit < 64; bit++) {
                    expected[bit] += (int) (value >>> bit & 1L);
                }
            }
            for (int bit = 0; bit < 64; bit++) {
                assertThat(tally.of(bit)).as("bit %d of %d values", bit, n).isEqualTo(expected[bit]);
            }
        }
    }
}
