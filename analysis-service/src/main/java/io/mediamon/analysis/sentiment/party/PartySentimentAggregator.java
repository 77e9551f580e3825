package io.mediamon.analysis.sentiment.party;

import io.mediamon.analysis.entity.GazetteerEntry;
import io.mediamon.analysis.entity.PartyMentions;
import io.mediamon.analysis.sentiment.CueWords;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.TokenWords;
import io.mediamon.analysis.sentiment.WordTable;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.TokenSpan;
import io.mediamon.common.event.Evidence;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores every mention of every party with the {@link TargetScorer}, pools the scores
 * into a calibrated article-level decision ({@link SentimentPooling}, {@link ArticleStanceModel}) and keeps the {@value #MAX_EVIDENCE} strongest sentences as evidence.
 * A span shared by a person and the person's party is scored once. A scorer failure on one span
 * leaves that span out rather than failing the article. A negative reading of a party in a sentence that denies
 * or negates an accusation near it ({@link DeniedAccusation}) counts as neutral.
 */
public final class PartySentimentAggregator {
    static final int MAX_EVIDENCE = 3;
    private static final WordTable WORDS = WordTable.standard();
    private static final int SPEAKER_REACH = 2;
    private static final int WINDOW = 4;

    private final TargetScorer scorer;
    private final ArticleStance decision;

    /** With the bundled article-level decision fitted to {@code scorer}'s kind ({@link ArticleStanceModel}). */
    public PartySentimentAggregator(TargetScorer scorer) {
        this(scorer, ArticleStanceModel.forScorer(scorer));
    }

    public PartySentimentAggregator(TargetScorer scorer, ArticleStance decision) {
        this.scorer = scorer;
        this.decision = decision;
    }

    private record Scored(PartyMentions.InSentence span, TargetScore score, boolean denied, boolean speaker,
                          double window) {
    }

    public List<PartySentiment> aggregate(ArticleText text, List<PartyMentions> parties) {
        return aggregate(text, parties, Set.of());
    }

    /**
     * @param lead the article's headline and lead sentences, which a contextual scorer reads in context whatever its
     *             plan (the topic model reads them too, so they cost one pass for both stages)
     */
    public List<PartySentiment> aggregate(ArticleText text, List<PartyMentions> parties, Set<Sentence> lead) {
        List<Sentence> sentences = text.sentences();
        Map<PartyMentions.InSentence, Scored> cache = new HashMap<>();
        Map<Integer, Double> stanceOfSentence = new HashMap<>();
        List<PartySentiment> out = new ArrayList<>(parties.size());
        SentenceTone[] tone = parties.isEmpty() ? new SentenceTone[0] : tones(text);
        SentenceTone articleTone = SentenceTone.NONE;
        for (SentenceTone t : tone) {
            articleTone = articleTone.plus(t);
        }
        Map<PartyMentions.InSentence, TokenSpan> targets = targets(text, parties);
        TargetScorer planned = scorer.forArticle(text, targets.entrySet().stream()
                .map(e -> new TargetScorer.Target(sentences.get(e.getKey().sentence()), e.getValue())).toList(),
                lead);
        for (PartyMentions party : parties) {
            List<Scored> scored = new ArrayList<>(party.spans().size());
            for (PartyMentions.InSentence span : party.spans()) {
                Scored score = cache.computeIfAbsent(span, s -> scoreSafely(planned, text, s, targets.get(s)));
                if (score != null) {
                    scored.add(score);
                }
            }
            double[] stance = new double[scored.size()];
            boolean[] denied = new boolean[scored.size()];
            boolean[] speaker = new boolean[scored.size()];
            double[] window = new double[scored.size()];
            Set<Integer> distinct = new HashSet<>();
            for (int i = 0; i < stance.length; i++) {
                int sentence = scored.get(i).span().sentence();
                stance[i] = stanceOfSentence.computeIfAbsent(sentence,
                        n -> StanceAttribution.weight(text.textOf(sentences.get(n))));
                denied[i] = scored.get(i).denied();
                speaker[i] = scored.get(i).speaker();
                window[i] = scored.get(i).window();
                distinct.add(sentence);
            }
            SentenceTone local = SentenceTone.NONE;
            for (int sentence : distinct) {
                local = local.plus(tone[sentence]);
            }
            Sentiment sentiment = SentimentPooling.pool(decision, party.party().id(),
                    scored.stream().map(Scored::score).toList(), stance, denied, speaker, window, distinct.size(),
                    sentences.size(), local, distinct.contains(0) ? tone[0] : SentenceTone.NONE, articleTone);
            GazetteerEntry e = party.party();
            out.add(new PartySentiment(e.id(), e.name(), e.type(), e.affiliation(), party.spans().size(), sentiment,
                    evidence(text, sentences, scored), e.source(), party.surfaces()));
        }
        out.sort(Comparator.comparingInt(PartySentiment::mentions).reversed().thenComparing(PartySentiment::name));
        return out;
    }

    private static SentenceTone[] tones(ArticleText text) {
        List<Sentence> sentences = text.sentences();
        TokenWords words = WORDS.words(text);
        SentenceTone[] out = new SentenceTone[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = SentenceTone.of(words.of(sentences.get(i)));
        }
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

    /** Each distinct mention's token span, in first-mention order; mentions with no span are left out. */
    private static Map<PartyMentions.InSentence, TokenSpan> targets(ArticleText text, List<PartyMentions> parties) {
        Map<PartyMentions.InSentence, TokenSpan> out = new LinkedHashMap<>();
        for (PartyMentions party : parties) {
            for (PartyMentions.InSentence span : party.spans()) {
                if (out.containsKey(span)) {
                    continue;
                }
                try {
                    Sentence s = text.sentences().get(span.sentence());
                    out.put(span, text.targetSpan(s, s.start() + span.from(), s.start() + span.to()));
                } catch (RuntimeException e) {
                    // no span for this mention: scoreSafely leaves it out
                }
            }
        }
        return out;
    }

    private static Scored scoreSafely(TargetScorer scorer, ArticleText text, PartyMentions.InSentence span,
                                      TokenSpan target) {
        if (target == null) {
            return null;
        }
        Sentence s = text.sentences().get(span.sentence());
        TargetScore score;
        try {
            score = scorer.score(text, s, target);
        } catch (RuntimeException e) {
            return null;
        }
        boolean speaker = speaks(text, s, target);
        double window = windowTone(text, s, target);
        if (score.label() == SentimentLabel.NEGATIVE
                && DeniedAccusation.covers(text.textOf(s), span.from(), span.to())) {
            List<String> cues = new ArrayList<>(score.cues() == null ? List.of() : score.cues());
            cues.add(0, "accusation denied or unproven");
            return new Scored(span, new TargetScore(SentimentLabel.NEUTRAL, 0.0, score.confidence(), cues), true,
                    speaker, 0.0);
        }
        return new Scored(span, score, false, speaker, window);
    }

    /** Summed word valence within {@value #WINDOW} words either side of the mention, a negator flipping the next word. */
    private static double windowTone(ArticleText text, Sentence s, TokenSpan target) {
        TokenWords words = WORDS.words(text);
        double sum = 0;
        int from = Math.max(s.firstToken(), target.start() - WINDOW);
        int to = Math.min(s.endToken(), target.end() + WINDOW);
        boolean negated = false;
        for (int i = from; i < to; i++) {
            if (i >= target.start() && i < target.end()) {
                continue;
            }
            if (words.isNegator(i)) {
                negated = true;
                continue;
            }
            double v = words.valence(i);
            sum += negated ? -0.5 * v : v;
            if (v != 0) {
                negated = false;
            }
        }
        return sum;
    }

    /** Whether the party is the one speaking: a reporting verb right after it ("X said") or right before it. */
    private static boolean speaks(ArticleText text, Sentence s, TokenSpan target) {
        TokenWords words = WORDS.words(text);
        for (int i = target.end(); i < Math.min(s.endToken(), target.end() + SPEAKER_REACH); i++) {
            if (words.is(i, CueWords.Category.REPORTING)) {
                return true;
            }
        }
        for (int i = Math.max(s.firstToken(), target.start() - SPEAKER_REACH); i < target.start(); i++) {
            if (words.is(i, CueWords.Category.REPORTING)) {
                return true;
            }
        }
        return false;
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
