package io.mediamon.analysis.pipeline;

import java.util.Locale;
import java.util.Set;

/**
 * The languages the sentiment scorer and its lexicon were made for (English). An article in another language is
 * still counted as coverage of the parties the gazetteer finds, but gets no sentiment. An article without a
 * language (ingest could neither read one nor detect one) is scored as before.
 */
final class ScoredLanguages {
    private static final Set<String> SCORED = Set.of("en", "eng");

    private ScoredLanguages() {
    }

    static boolean scores(String language) {
        if (language == null || language.isBlank()) {
            return true;
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return SCORED.contains(primary);
    }
}
