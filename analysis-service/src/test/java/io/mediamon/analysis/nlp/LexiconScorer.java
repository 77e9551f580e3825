package io.mediamon.analysis.nlp;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Test stand-in for the real scorer: counts a tiny lexicon of words in the whole sentence. */
final class LexiconScorer implements TargetScorer {
    private static final Set<String> NEGATIVE = Set.of("oppose", "opposition", "unreasonable", "bullying",
            "unjustified", "overreach", "banned", "ban", "malicious", "suspicious", "traitor", "coward",
            "bogus", "xenophobic", "aggressive", "threat", "worst", "perpetrator", "crackdown", "punitive",
            "retaliated", "fury", "angry", "insidious", "alarms", "risk", "blocked", "defiant",
            "espionage", "manipulation", "loot");
    private static final Set<String> POSITIVE = Set.of("praised", "success", "successful", "positive",
            "reasonable", "cooperative", "committed", "innovative", "achievement", "sympathetic", "glorious",
            "stunning", "attractive", "supportive", "saluted", "legitimate");

    @Override
    public TargetScore score(String sentence, int from, int to) {
        if (from < 0 || to > sentence.length() || from >= to) {
            throw new IllegalArgumentException("bad span " + from + ".." + to);
        }
        int pos = 0;
        int neg = 0;
        List<String> cues = new ArrayList<>();
        for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (NEGATIVE.contains(word)) {
                neg++;
                cues.add(word);
            } else if (POSITIVE.contains(word)) {
                pos++;
                cues.add(word);
            }
        }
        if (pos == neg) {
            return new TargetScore("neutral", 0.0, 0.7, cues);
        }
        double score = Math.max(-1, Math.min(1, (pos - neg) * 0.5));
        return new TargetScore(score < 0 ? "negative" : "positive", score, 0.8, cues);
    }
}
