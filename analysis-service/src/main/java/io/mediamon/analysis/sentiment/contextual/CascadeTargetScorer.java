package io.mediamon.analysis.sentiment.contextual;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.TokenSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fast scorer first; the contextual one only where the fast one is unsure (its confidence below the threshold).
 * A threshold of 0 never calls the contextual scorer, one above 1 always does. Each sentence the contextual scorer
 * sees is encoded once for all its targets (and cached), so the saving is in sentences where every target is clear
 * to the fast scorer.
 *
 * <p>Per article ({@link #forArticle(ArticleText, List, Set)}), a sentence of the headline and lead (the ones the
 * topic model reads) goes to the contextual scorer whatever the fast one says: those sentences carry the article's
 * framing, the article-level decision was fitted with them read in context, and the topic model reuses their passes,
 * so they are read the same way in every topic mode. Beyond those, at most {@link #budget()} sentences are encoded
 * (all unsure ones when {@link #UNLIMITED}):
 * the ones where the fast scorer is least sure (summed {@code 1 - confidence} over their unsure targets), a lead
 * sentence counting {@value #LEAD_WEIGHT} times. Every target of a chosen or already-encoded sentence gets the
 * contextual answer; the rest keep the fast one. The budget bounds an article's encoder cost whatever its length.
 */
public final class CascadeTargetScorer implements TargetScorer {

    /** No per-article limit: every unsure sentence is encoded. */
    public static final int UNLIMITED = -1;
    /** Sentences counted as the lead, after the headline (sentence 0). */
    static final int LEAD = 3;
    static final double LEAD_WEIGHT = 2.0;

    private final TargetScorer fast;
    private final ContextualTargetScorer contextual;
    private final double threshold;
    private final int budget;

    public CascadeTargetScorer(TargetScorer fast, ContextualTargetScorer contextual, double threshold) {
        this(fast, contextual, threshold, UNLIMITED);
    }

    /** @param budget most sentences encoded per article beyond the headline and lead, or {@link #UNLIMITED} */
    public CascadeTargetScorer(TargetScorer fast, ContextualTargetScorer contextual, double threshold, int budget) {
        if (budget < UNLIMITED) {
            throw new IllegalArgumentException("encoder budget must be >= 0 or UNLIMITED, was " + budget);
        }
        this.fast = fast;
        this.contextual = contextual;
        this.threshold = threshold;
        this.budget = budget;
    }

    @Override
    public TargetScore score(ArticleText text, Sentence sentence, TokenSpan target) {
        TargetScore first = fast.score(text, sentence, target);
        return first.confidence() >= threshold ? first : contextual.score(text, sentence, target);
    }

    @Override
    public TargetScorer forArticle(ArticleText text, List<Target> targets, Set<Sentence> lead) {
        Map<Target, TargetScore> fastScores = new HashMap<>();
        Map<Sentence, Double> unsure = new HashMap<>();
        Set<Sentence> encode = new HashSet<>();
        for (Target t : targets) {
            if (lead.contains(t.sentence())) {
                // read in context whatever the fast scorer would say, so it is not asked
                encode.add(t.sentence());
                continue;
            }
            TargetScore s;
            try {
                s = fast.score(text, t.sentence(), t.span());
            } catch (RuntimeException e) {
                continue;
            }
            fastScores.put(t, s);
            if (s.confidence() < threshold) {
                unsure.merge(t.sentence(), 1.0 - s.confidence(), Double::sum);
            }
        }
        if (budget == UNLIMITED) {
            encode.addAll(unsure.keySet());
        } else if (!unsure.isEmpty() && budget > 0) {
            encode.addAll(mostUnsure(text, unsure));
        }
        return new Planned(encode, fastScores);
    }

    /** The {@link #budget} sentences with the highest lead-weighted unsureness, earlier first on ties. */
    private List<Sentence> mostUnsure(ArticleText text, Map<Sentence, Double> unsure) {
        List<Sentence> sentences = text.sentences();
        List<Sentence> ranked = new ArrayList<>(unsure.size());
        Map<Sentence, Double> priority = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Double u = unsure.get(sentences.get(i));
            if (u != null) {
                ranked.add(sentences.get(i));
                priority.put(sentences.get(i), i <= LEAD ? u * LEAD_WEIGHT : u);
            }
        }
        ranked.sort((a, b) -> {
            int c = Double.compare(priority.get(b), priority.get(a));
            return c != 0 ? c : Integer.compare(a.start(), b.start());
        });
        return ranked.subList(0, Math.min(budget, ranked.size()));
    }

    /** One article's plan: the sentences the contextual scorer reads, and the fast answers already made. */
    private final class Planned implements TargetScorer {
        private final Set<Sentence> encode;
        private final Map<Target, TargetScore> fastScores;

        Planned(Set<Sentence> encode, Map<Target, TargetScore> fastScores) {
            this.encode = encode;
            this.fastScores = fastScores;
        }

        @Override
        public TargetScore score(ArticleText text, Sentence sentence, TokenSpan target) {
            if (encode.contains(sentence)) {
                return contextual.score(text, sentence, target);
            }
            TargetScore s = fastScores.get(new Target(sentence, target));
            return s != null ? s : fast.score(text, sentence, target);
        }
    }

    public double threshold() {
        return threshold;
    }

    /** Most sentences encoded per article beyond the headline and lead, or {@link #UNLIMITED}. */
    public int budget() {
        return budget;
    }
}
