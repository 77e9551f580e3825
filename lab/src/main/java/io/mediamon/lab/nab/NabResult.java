package io.mediamon.lab.nab;

import java.util.List;
import java.util.Locale;

/**
 * Outcome of a {@link NabHarness} run: the per-profile results (empty without a windows file), the number of files
 * and records, and the wall-clock time.
 */
public record NabResult(List<NabScorer.ProfileResult> profiles, int files, long records, long millis) {

    /** Normalised score of the named profile ({@code standard}, {@code reward_low_FP_rate}, ...), or NaN. */
    public double score(String profile) {
        return profiles.stream().filter(r -> r.profile().name().equals(profile))
                .mapToDouble(NabScorer.ProfileResult::normalised).findFirst().orElse(Double.NaN);
    }

    public double standard() {
        return score(NabProfile.STANDARD.name());
    }

    /** One JSON line: the normalised score per profile, or the file and record counts without windows. */
    public String json() {
        if (profiles.isEmpty()) {
            return String.format(Locale.ROOT, "{\"files\": %d, \"records\": %d}", files, records);
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < profiles.size(); i++) {
            NabScorer.ProfileResult r = profiles.get(i);
            b.append(i == 0 ? "" : ", ")
                    .append('"').append(r.profile().name()).append("\": ")
                    .append(String.format(Locale.ROOT, "%.2f", r.normalised()));
        }
        return b.append('}').toString();
    }
}
