package io.mediamon.analysis.pipeline;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.Token;
import io.mediamon.analysis.text.TokenSpan;
import io.mediamon.common.event.SentimentLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test stand-in for the real scorer: counts a tiny lexicon of words in the whole sentence. */
public final class LexiconScorer implements TargetScorer {
    private static final Set<String> NEGATIVE = Set.of("oppose", "opposition", "unreasonable", "bullying",
            "unjustified", "overreach", "banned", "ban", "malicious", "suspicious", "traitor", "coward",
            "bogus", "xenophobic", "aggressive", "threat", "worst", "perpetrator", "crackdown", "punitive",
            "retaliated", "fury", "angry", "insidious", "alarms", "risk", "blocked", "defiant",
            "espionage", "manipulation", "loot");
    private static final Set<String> POSITIVE = Set.of("praised", "success", "successful", "positive",
            "reasonable", "cooperative", "committed", "innovative", "achievement", "sympathetic", "glorious",
            "stunning", "attractive", "supportive", "saluted", "legitimate");

    @Override
    public TargetScore score(ArticleText text, Sentence sentence, TokenSpan target) {
        if (target.start() < sentence.firstToken() || target.end() > sentence.endToken() || target.isEmpty()) {
            throw new IllegalArgumentException("bad span " + target + " in " + sentence);
        }
        int pos = 0;
        int neg = 0;
        List<String> cues = new ArrayList<>();
        for (String word : words(text.tokensOf(sentence))) {
            if (NEGATIVE.contains(word)) {
                neg++;
                cues.add(word);
            } else if (POSITIVE.contains(word)) {
                pos++;
                cues.add(word);
            }
        }
        if (pos == neg) {
            return new TargetScore(SentimentLabel.NEUTRAL, 0.0, 0.7, cues);
        }
        double score = Math.max(-1, Math.min(1, (pos - neg) * 0.5));
        return new TargetScore(score < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE, score, 0.8, cues);
    }

    /** The letter runs of the tokens ("cross-border" gives "cross", "border"). */
    private static List<String> words(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token token : tokens) {
            for (String part : token.norm().split("[^\\p{L}]+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
