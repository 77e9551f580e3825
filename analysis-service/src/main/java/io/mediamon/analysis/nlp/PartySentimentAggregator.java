package io.mediamon.analysis.nlp;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.common.event.Evidence;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.Sentiment;
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
 * leaves that span out rather than failing the article.
 */
public final class PartySentimentAggregator {
    static final int MAX_EVIDENCE = 3;

    private final TargetScorer scorer;

    public PartySentimentAggregator(TargetScorer scorer) {
        this.scorer = scorer;
    }

    private record Scored(PartyMentions.InSentence span, TargetScore score) {
    }

    public List<PartySentiment> aggregate(String text, List<SentenceSpan> sentences, List<PartyMentions> parties) {
        Map<PartyMentions.InSentence, TargetScore> cache = new HashMap<>();
        List<PartySentiment> out = new ArrayList<>(parties.size());
        for (PartyMentions party : parties) {
            List<Scored> scored = new ArrayList<>(party.spans().size());
            for (PartyMentions.InSentence span : party.spans()) {
                TargetScore score = cache.computeIfAbsent(span, s -> scoreSafely(text, sentences, s));
                if (score != null) {
                    scored.add(new Scored(span, score));
                }
            }
            double[] stance = new double[scored.size()];
            for (int i = 0; i < stance.length; i++) {
                SentenceSpan sentence = sentences.get(scored.get(i).span().sentence());
                stance[i] = StanceAttribution.weight(text.substring(sentence.start(), sentence.end()));
            }
            Sentiment sentiment = SentimentPooling.pool(scored.stream().map(Scored::score).toList(), stance);
            GazetteerEntry e = party.party();
            out.add(new PartySentiment(e.id(), e.name(), e.type(), e.affiliation(), party.spans().size(), sentiment,
                    evidence(text, sentences, scored)));
        }
        out.sort(Comparator.comparingInt(PartySentiment::mentions).reversed().thenComparing(PartySentiment::name));
        return out;
    }

    private TargetScore scoreSafely(String text, List<SentenceSpan> sentences, PartyMentions.InSentence span) {
        SentenceSpan s = sentences.get(span.sentence());
        try {
            return scorer.score(text.substring(s.start(), s.end()), span.from(), span.to());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Evidence> evidence(String text, List<SentenceSpan> sentences, List<Scored> scored) {
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
                    SentenceSpan sentence = sentences.get(s.span().sentence());
                    TargetScore t = s.score();
                    return new Evidence(text.substring(sentence.start(), sentence.end()), t.score(), t.label(),
                            t.cues() == null ? List.of() : List.copyOf(t.cues()));
                })
                .toList();
    }
}
