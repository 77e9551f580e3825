package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.TokenSpan;

/** A test sentence tokenized as an article of one sentence, with a target given by its characters. */
record OneSentence(ArticleText text, Sentence sentence, TokenSpan target) {

    static OneSentence of(String sentence, int from, int to) {
        ArticleText text = ArticleText.sentence(sentence);
        Sentence s = text.sentences().get(0);
        return new OneSentence(text, s, text.targetSpan(s, from, to));
    }

    /** The first occurrence of {@code target} in {@code sentence}. */
    static OneSentence of(String sentence, String target) {
        int from = sentence.indexOf(target);
        return of(sentence, from, from + target.length());
    }

    TargetScore scoreWith(TargetScorer scorer) {
        return scorer.score(text, sentence, target);
    }
}
