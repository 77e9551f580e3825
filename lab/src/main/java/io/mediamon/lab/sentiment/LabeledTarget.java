package io.mediamon.lab.sentiment;

import io.mediamon.analysis.sentiment.FeatureVector;
import io.mediamon.analysis.sentiment.TargetFeatureExtractor;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.common.event.SentimentLabel;

/** One gold-labelled target span {@code [from, to)} (characters) of a sentence. */
public record LabeledTarget(String sentence, int from, int to, SentimentLabel label) {

    /** Tokenizes the sentence as a one-sentence text, as the service tokenizes an article, and scores the target. */
    public TargetScore scoreWith(TargetScorer scorer) {
        ArticleText text = ArticleText.sentence(sentence);
        Sentence s = text.sentences().get(0);
        return scorer.score(text, s, text.targetSpan(s, from, to));
    }

    /** The target-relative features of this example. */
    public FeatureVector features(TargetFeatureExtractor extractor) {
        ArticleText text = ArticleText.sentence(sentence);
        Sentence s = text.sentences().get(0);
        return extractor.extract(text, s, text.targetSpan(s, from, to));
    }
}
