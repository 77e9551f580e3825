package io.mediamon.analysis.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds an earlier story whose fingerprint lies within {@link #MAX_DISTANCE} bits. The 64 bits are cut into
 * {@link #BANDS} bands, so two fingerprints that differ in at most {@code BANDS - 1} bits share at least one
 * band exactly (pigeonhole); only articles sharing a band are compared.
 */
public final class StoryIndex {
    public static final int BANDS = 9;
    public static final int MAX_DISTANCE = 8;
    /**
     * Short news texts move a few bits for a changed headline or an added credit line (up to about 7 measured
     * on 150-word articles), while unrelated articles sit near 32 bits apart, so 8 keeps copies together with
     * a wide margin.
     */
    private static final int[] BAND_BITS = {8, 7, 7, 7, 7, 7, 7, 7, 7};

    private StoryIndex() {
    }

    /** The store keys of the bands of a fingerprint. */
    public static List<String> bandKeys(long fingerprint) {
        List<String> keys = new ArrayList<>(BANDS);
        int shift = 0;
        for (int band = 0; band < BANDS; band++) {
            long value = fingerprint >>> shift & ((1L << BAND_BITS[band]) - 1);
            keys.add(band + ":" + Long.toHexString(value));
            shift += BAND_BITS[band];
        }
        return keys;
    }

    /** Which band ({@code 0..BANDS-1}) a band key names. */
    public static int bandOf(String key) {
        return Integer.parseInt(key, 0, key.indexOf(':'), 10);
    }

    /**
     * The story to join among the candidates: of those within {@link #MAX_DISTANCE} bits and not older than
     * {@code notBeforeMs}, the one whose story began first (then the closest, then the first listed), or null.
     * Choosing the earliest story rather than the closest copy lets each band decide alone and still agree with the
     * others: a band that saw only a later copy can only offer a later story.
     */
    public static StoryBand.Entry earliestStory(long fingerprint, List<StoryBand.Entry> candidates, long notBeforeMs) {
        StoryBand.Entry best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (StoryBand.Entry candidate : candidates) {
            if (candidate.timeMs() < notBeforeMs) {
                continue;
            }
            int distance = SimHash.distance(fingerprint, candidate.bits());
            if (distance > MAX_DISTANCE) {
                continue;
            }
            if (best == null || candidate.storyTimeMs() < best.storyTimeMs()
                    || candidate.storyTimeMs() == best.storyTimeMs() && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The closest matching earlier story among the candidates, or null. */
    public static StoryBand.Entry closest(long fingerprint, List<StoryBand.Entry> candidates, long notBeforeMs) {
        StoryBand.Entry best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (StoryBand.Entry candidate : candidates) {
            if (candidate.timeMs() < notBeforeMs) {
                continue;
            }
            int distance = SimHash.distance(fingerprint, candidate.bits());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
