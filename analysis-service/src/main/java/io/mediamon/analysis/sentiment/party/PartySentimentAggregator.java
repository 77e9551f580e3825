package io.mediamon.analysis.sentiment.party;

import io.mediamon.analysis.entity.GazetteerEntry;
import io.mediamon.analysis.entity.PartyMentions;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.common.event.Evidence;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every mention of every party with the {@link TargetScorer}, pools the scores
 * ({@link SentimentPooling}) and keeps the {@value #MAX_EVIDENCE} strongest sentences as evidence.
 * A span shared by a person and the person's party is scored once. A scorer failure on one span
 * leaves that span out rather than failing the article. A negative reading of a party in a sentence that denies
 * or negates an accusation near it ({@link DeniedAccusation}) counts as neutral.
 */
public final class PartySentimentAggregator {
    static final int MAX_EVIDENCE = 3;

    private final TargetScorer scorer;

    public PartySentimentAggregator(TargetScorer scorer) {
        this.scorer = scorer;
    }

    private record Scored(PartyMentions.InSentence span, TargetScore score) {
    }

    public List<PartySentiment> aggregate(ArticleText text, List<PartyMentions> parties) {
        List<Sentence> sentences = text.sentences();
        Map<PartyMentions.InSentence, TargetScore> cache = new HashMap<>();
        Map<Integer, Double> stanceOfSentence = new HashMap<>();
        List<PartySentiment> out = new ArrayList<>(parties.size());
        for (PartyMentions party : parties) {
            List<Scored> scored = new ArrayList<>(party.spans().size());
            for (PartyMentions.InSentence span : party.spans()) {
                TargetScore score = cache.computeIfAbsent(span, s -> scoreSafely(text, s));
                if (score != null) {
                    scored.add(new Scored(span, score));
                }
            }
            double[] stance = new double[scored.size()];
            for (int i = 0; i < stance.length; i++) {
                int sentence = scored.get(i).span().sentence();
                stance[i] = stanceOfSentence.computeIfAbsent(sentence,
                        n -> StanceAttribution.weight(text.textOf(sentences.get(n))));
            }
            Sentiment sentiment = SentimentPooling.pool(scored.stream().map(Scored::score).toList(), stance);
            GazetteerEntry e = party.party();
            out.add(new PartySentiment(e.id(), e.name(), e.type(), e.affiliation(), party.spans().size(), sentiment,
                    evidence(text, sentences, scored), e.source(), party.surfaces()));
        }
        out.sort(Comparator.comparingInt(PartySentiment::mentions).reversed().thenComparing(PartySentiment::name));
        return out;
    }

    /**
     * The parties with their mention counts and no sentiment (neutral, confidence 0, no evidence): for articles
     * in a language the scorer was not made for.
     */
    public List<PartySentiment> unscored(List<PartyMentions> parties) {
        List<PartySentiment> out = new ArrayList<>(parties.size());
        for (PartyMentions party : parties) {
            GazetteerEntry e = party.party();
            out.add(new PartySentiment(e.id(), e.name(), e.type(), e.affiliation(), party.spans().size(),
                    Sentiment.neutral(), List.of()));
        }
        out.sort(Comparator.comparingInt(PartySentiment::mentions).reversed().thenComparing(PartySentiment::name));
        return out;
    }

    private TargetScore scoreSafely(ArticleText text, PartyMentions.InSentence span) {
        Sentence s = text.sentences().get(span.sentence());
        TargetScore score;
        try {
            score = scorer.score(text, s, text.targetSpan(s, s.start() + span.from(), s.start() + span.to()));
        } catch (RuntimeException e) {
            return null;
        }
        if (score.label() == SentimentLabel.NEGATIVE
                && DeniedAccusation.covers(text.textOf(s), span.from(), span.to())) {
            List<String> cues = new ArrayList<>(score.cues() == null ? List.of() : score.cues());
            cues.add(0, "accusation denied or unproven");
            return new TargetScore(SentimentLabel.NEUTRAL, 0.0, score.confidence(), cues);
        }
        return score;
    }

    private static List<Evidence> evidence(ArticleText text, List<Sentence> sentences, List<Scored> scored) {
        Map<Integer, Scored> strongestPerSentence = new LinkedHashMap<>();
        for (Scored s : scored) {
            strongestPerSentence.merge(s.span().sentence(), s,
                    (a, b) -> SentimentPooling.strength(b.score()) > SentimentPooling.strength(a.score()) ? b : a);
        }
        return strongestPerSentence.values().stream()
                .sorted(Comparator.comparingDouble((Scored s) -> SentimentPooling.strength(s.score())).reversed()
                        .thenComparingInt(s -> s.span().sentence()))
                .limit(MAX_EVIDENCE)
                .map(s -> {
                    TargetScore t = s.score();
                    return new Evidence(text.textOf(sentences.get(s.span().sentence())), t.score(), t.label(),
                            t.cues() == null ? List.of() : List.copyOf(t.cues()));
                })
                .toList();
    }
}
