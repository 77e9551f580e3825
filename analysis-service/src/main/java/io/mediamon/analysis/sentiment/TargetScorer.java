package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.TokenSpan;
import java.util.List;
import java.util.Set;

/**
 * Target-dependent sentiment: what one sentence of an article says about one target in it.
 *
 * <p>This is the seam every scorer plugs into. The caller has tokenized the article once ({@link ArticleText});
 * a scorer reads the sentence's tokens ({@link ArticleText#tokensOf(Sentence)}) or, if it has its own input
 * encoding (a subword model), the sentence's characters ({@link ArticleText#textOf(Sentence)}) with the target's
 * character offsets ({@code tokens().get(target.start()).start()} to {@code tokens().get(target.end() - 1).end()}).
 * It must not tokenize the article again.
 *
 * <p>Contract: thread-safe (one instance serves every stream thread); allocation-light, as it runs about 70 times
 * per article; throws only for a span outside the sentence. Implementations: {@link LearnedTargetScorer} (the
 * fast linear model, {@code MEDIAMON_SENTIMENT=fast}); {@link TargetScorers} selects one from the configuration.
 */
public interface TargetScorer {
    /**
     * @param text     the article, tokenized once
     * @param sentence one of {@code text.sentences()}
     * @param target   positions in {@code text.tokens()} inside {@code sentence}; empty only for an empty sentence
     */
    TargetScore score(ArticleText text, Sentence sentence, TokenSpan target);

    /** One target of an article: a span of {@code text.tokens()} inside {@code sentence}. */
    record Target(Sentence sentence, TokenSpan span) {
    }

    /**
     * A scorer for the targets of one article, planned together before any is scored (the contextual cascade spends a
     * per-article encoder budget on the sentences where it pays most). The caller then scores those targets, and only
     * those, with the returned scorer, on the same thread. The default plans nothing and returns this scorer.
     */
    default TargetScorer forArticle(ArticleText text, List<Target> targets) {
        return forArticle(text, targets, Set.of());
    }

    /**
     * As {@link #forArticle(ArticleText, List)}, where the article's {@code lead} sentences (its headline and lead,
     * which the topic model reads too) are read in context whatever else the plan decides. The plan depends on the
     * article alone, so the same article always gets the same scores, whatever the encoder's cache holds.
     */
    default TargetScorer forArticle(ArticleText text, List<Target> targets, Set<Sentence> lead) {
        return this;
    }
}
