package io.mediamon.analysis.clean;

import io.mediamon.analysis.text.PhraseDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted cue phrases matched case-insensitively in one {@link PhraseDictionary} pass. A cue must start a word
 * (so "edition" matches in "EditionASIA" but "visit" does not match in "revisit"). Read-only after
 * construction, safe to share between threads.
 */
final class CueLexicon {
    /** The weight total and the distinct cues found. */
    record Score(double weight, List<String> cues) {
    }

    private record Cue(String phrase, double weight) {
    }

    private final PhraseDictionary<Cue> dictionary;

    CueLexicon(Map<String, Double> weights) {
        Map<String, Cue> cues = new HashMap<>();
        weights.forEach((cue, weight) -> {
            String folded = PhraseDictionary.fold(cue);
            cues.put(folded, new Cue(folded, weight));
        });
        this.dictionary = new PhraseDictionary<>(cues);
    }

    Score score(String text) {
        double[] total = {0};
        List<String> cues = new ArrayList<>(4);
        dictionary.find(text, (start, end, cue) -> {
            if ((start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) && !cues.contains(cue.phrase())) {
                cues.add(cue.phrase());
                total[0] += cue.weight();
            }
        });
        return new Score(total[0], cues);
    }
}
