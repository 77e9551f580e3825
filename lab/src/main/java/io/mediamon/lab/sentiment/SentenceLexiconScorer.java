package io.mediamon.lab.sentiment;

import io.mediamon.analysis.sentiment.ClauseSegmenter;
import io.mediamon.analysis.sentiment.CueWords;
import io.mediamon.analysis.sentiment.PolarityTagger;
import io.mediamon.analysis.sentiment.SentimentLexicon;
import io.mediamon.analysis.sentiment.TargetFeatureExtractor;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.Token;
import io.mediamon.analysis.text.TokenSpan;
import io.mediamon.common.event.SentimentLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Baseline: VADER-style compound score of the whole sentence, ignoring the target. Words after "but" count 1.5x and
 * before it 0.5x; compound = s / sqrt(s^2 + 15) on VADER's scale; labels at +-0.05.
 */
public final class SentenceLexiconScorer implements TargetScorer {

    static final double THRESHOLD = 0.05;

    private final ClauseSegmenter segmenter;
    private final PolarityTagger polarity;

    public SentenceLexiconScorer(SentimentLexicon lexicon, CueWords cues) {
        this.segmenter = new ClauseSegmenter(cues);
        this.polarity = new PolarityTagger(lexicon, cues);
    }

    public static SentenceLexiconScorer standard() {
        return new SentenceLexiconScorer(SentimentLexicon.standard(), CueWords.standard());
    }

    @Override
    public TargetScore score(ArticleText text, Sentence sentence, TokenSpan target) {
        List<Token> tokens = text.tokensOf(sentence);
        int[] clause = segmenter.segment(tokens);
        float[] valence = polarity.tag(tokens, clause).valence();
        int but = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).norm().equals("but")) {
                but = i;
                break;
            }
        }
        float sum = 0f;
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            float v = valence[i];
            if (v == 0f) {
                continue;
            }
            if (but >= 0) {
                v *= i < but ? 0.5f : 1.5f;
            }
            sum += v;
            if (cues.size() < 3) {
                cues.add(tokens.get(i).norm());
            }
        }
        double compound = TargetFeatureExtractor.compound(sum);
        SentimentLabel label = compound >= THRESHOLD ? SentimentLabel.POSITIVE
                : compound <= -THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return new TargetScore(label, compound, Math.abs(compound), List.copyOf(cues));
    }
}
