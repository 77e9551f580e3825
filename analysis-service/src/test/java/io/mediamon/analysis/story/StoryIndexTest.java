package io.mediamon.analysis.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryIndexTest {

    @Test
    void shouldShareABandBetweenAnyTwoFingerprintsWithinTheDistance() {
        long base = 0x9E3779B97F4A7C15L;
        long near = base ^ 0b1L ^ (1L << 9) ^ (1L << 17) ^ (1L << 25) ^ (1L << 33) ^ (1L << 41) ^ (1L << 49)
                ^ (1L << 57);
        Set<String> shared = new HashSet<>(StoryIndex.bandKeys(base));
        shared.retainAll(StoryIndex.bandKeys(near));

        assertThat(SimHash.distance(base, near)).isEqualTo(StoryIndex.MAX_DISTANCE);
        assertThat(shared).isNotEmpty();
        assertThat(StoryIndex.bandKeys(base)).hasSize(StoryIndex.BANDS).doesNotHaveDuplicates();
    }

    @Test
    void shouldMatchTheClosestRecentStoryOnly() {
        long fingerprint = 0x0123456789ABCDEFL;
        StoryBand.Entry close = new StoryBand.Entry("s1", SimHash.hex(fingerprint ^ 0b11L), 1_000);
        StoryBand.Entry far = new StoryBand.Entry("s2", SimHash.hex(~fingerprint), 1_000);
        StoryBand.Entry old = new StoryBand.Entry("s3", SimHash.hex(fingerprint), 10);

        assertThat(StoryIndex.closest(fingerprint, List.of(far, close, old), 500)).isEqualTo(close);
        assertThat(StoryIndex.closest(fingerprint, List.of(far), 500)).isNull();
    }

    @Test
    void shouldFingerprintNearCopiesCloseAndDifferentTextsFarApart() {
        String text = "The Commerce Department said on Tuesday that talks with ByteDance over TikTok would continue "
                + "and that Oracle remained the preferred partner for the app's operations in the United States, "
                + "while Microsoft and Walmart weighed a joint bid and lawmakers asked for a review of data flows.";
        String copy = text + " Reporting by the wire desk.";
        String other = "Walmart reported higher quarterly sales as shoppers returned to its stores, and the retailer "
                + "raised its forecast for the year while warning that supply costs would stay high until spring.";

        assertThat(SimHash.distance(SimHash.of(text), SimHash.of(copy))).isLessThanOrEqualTo(StoryIndex.MAX_DISTANCE);
        assertThat(SimHash.distance(SimHash.of(text), SimHash.of(other))).isGreaterThan(16);
    }
}
