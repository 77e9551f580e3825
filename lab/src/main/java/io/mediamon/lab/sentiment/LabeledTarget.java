package io.mediamon.lab.sentiment;

import io.mediamon.analysis.sentiment.FeatureVector;
import io.mediamon.analysis.sentiment.TargetFeatureExtractor;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.common.event.SentimentLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Scores every target in {@code rows} as the service scores an article's targets: the targets of one sentence
     * planned together ({@link TargetScorer#forArticle}), so with the cascade a sentence the encoder reads for one
     * target answers all of them. Scores are in {@code rows} order.
     */
    public static List<TargetScore> scoreBySentence(List<LabeledTarget> rows, TargetScorer scorer) {
        Map<String, List<Integer>> bySentence = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            bySentence.computeIfAbsent(rows.get(i).sentence(), k -> new ArrayList<>()).add(i);
        }
        TargetScore[] out = new TargetScore[rows.size()];
        for (Map.Entry<String, List<Integer>> e : bySentence.entrySet()) {
            ArticleText text = ArticleText.sentence(e.getKey());
            Sentence s = text.sentences().get(0);
            List<TargetScorer.Target> targets = new ArrayList<>(e.getValue().size());
            for (int i : e.getValue()) {
                targets.add(new TargetScorer.Target(s, text.targetSpan(s, rows.get(i).from(), rows.get(i).to())));
            }
            TargetScorer planned = scorer.forArticle(text, targets);
            for (int k = 0; k < targets.size(); k++) {
                out[e.getValue().get(k)] = planned.score(text, s, targets.get(k).span());
            }
        }
        return Arrays.asList(out);
    }
}
