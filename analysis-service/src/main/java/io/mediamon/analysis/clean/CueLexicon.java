package io.mediamon.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Weighted cue phrases matched case-insensitively in one Aho-Corasick pass. A cue must start a word
 * (so "edition" matches in "EditionASIA" but "visit" does not match in "revisit"). Read-only after
 * construction, safe to share between threads.
 */
final class CueLexicon {
    /** The weight total and the distinct cues found. */
    record Score(double weight, List<String> cues) {
    }

    private final PayloadTrie<Double> trie;

    CueLexicon(Map<String, Double> weights) {
        PayloadTrie.PayloadTrieBuilder<Double> builder = PayloadTrie.<Double>builder().ignoreCase();
        weights.forEach((cue, weight) -> builder.addKeyword(cue.toLowerCase(Locale.ROOT), weight));
        this.trie = builder.build();
    }

    Score score(String text) {
        double total = 0;
        List<String> cues = new ArrayList<>(4);
        for (PayloadEmit<Double> emit : trie.parseText(text)) {
            int start = emit.getStart();
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            if (!cues.contains(emit.getKeyword())) {
                cues.add(emit.getKeyword());
                total += emit.getPayload();
            }
        }
        return new Score(total, cues);
    }
}
