package io.mediamon.testkit;

import java.util.Random;

/** Poisson-distributed counts for tests that simulate news coverage. */
public final class PoissonDraw {
    private PoissonDraw() {
    }

    /** One Poisson sample of the given mean, by multiplying uniforms (fine for means below about 60). */
    public static int sample(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
