package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.Token;
import io.mediamon.analysis.text.TokenSpan;
import java.util.List;

/**
 * Turns (sentence tokens, target span) into target-relative features: opinion words by side, distance and clause, negation,
 * contrast, hedges, the target's role (agent, patient, possessor, speaker) and reported speech, plus a few
 * sentence-global words and scores. Stateless and thread-safe.
 */
public final class TargetFeatureExtractor {

    private static final String TARGET = "<T>";
    private static final int WINDOW = 4;
    private static final int CLAUSE_WINDOW = 10;

    private static final int STEERING = CueWords.bit(CueWords.Category.NEGATOR)
            | CueWords.bit(CueWords.Category.REPORTING) | CueWords.bit(CueWords.Category.CONTRAST)
            | CueWords.bit(CueWords.Category.HEDGE);
    private static final int FUNCTION_WORD = CueWords.bit(CueWords.Category.PREPOSITION)
            | CueWords.bit(CueWords.Category.CLAUSE) | CueWords.bit(CueWords.Category.PRONOUN);

    private final WordTable table;
    private final ClauseSegmenter segmenter;
    private final PolarityTagger polarity;
    private final TargetRoleAnalyzer roles;

    public TargetFeatureExtractor(SentimentLexicon lexicon, CueWords cues) {
        this.table = WordTable.of(lexicon, cues);
        this.roles = new TargetRoleAnalyzer(cues);
        this.segmenter = new ClauseSegmenter(cues);
        this.polarity = new PolarityTagger(lexicon, cues);
    }

    public static TargetFeatureExtractor standard() {
        return new TargetFeatureExtractor(SentimentLexicon.standard(), CueWords.standard());
    }

    /**
     * Features of one target: {@code target} holds positions in {@code text.tokens()} inside {@code sentence}.
     */
    public FeatureVector extract(ArticleText text, Sentence sentence, TokenSpan target) {
        FeatureVector fv = FeatureVector.named();
        extract(text, sentence, target, fv);
        return fv;
    }

    /** As {@link #extract(ArticleText, Sentence, TokenSpan)}, into {@code fv} (cleared first). */
    public void extract(ArticleText text, Sentence sentence, TokenSpan target, FeatureVector fv) {
        fv.clear();
        List<Token> tokens = text.tokensOf(sentence);
        if (tokens.isEmpty()) {
            fv.add("empty", null);
            return;
        }
        if (target.start() < sentence.firstToken() || target.end() > sentence.endToken() || target.isEmpty()) {
            throw new IllegalArgumentException("target tokens " + target + " outside sentence " + sentence);
        }
        int ts = target.start() - sentence.firstToken();
        int te = target.end() - sentence.firstToken();
        TokenWords words = table.words(text).of(sentence);
        SentenceFacts facts = text.perSentence(this, sentence, s -> facts(words));
        int[] clause = facts.clause();
        PolarityTagger.Tagged tagged = facts.tagged();
        int tClause = clause[Math.min(ts, tokens.size() - 1)];
        TargetRole targetRole = roles.analyze(words, clause, ts, te);
        String role = targetRole.syntactic().key();
        String speechRole = targetRole.speech().key();
        int contrastAt = facts.contrastAt();

        fv.begin("role:").part(role).add(null);
        fv.begin("rs:").part(speechRole).add(null);
        if (targetRole.speechVerb() != null) {
            String verb = targetRole.speechVerb();
            String where = targetRole.speech() == TargetRole.Speech.SPEAKER ? "spk:"
                    : targetRole.speechVerbBefore() ? "cont:L:" : "cont:R:";
            fv.begin("rsv:").part(where).part(verb).add(verb);
        }
        targetFeatures(words, ts, te, fv);
        contextWords(tokens, facts, ts, te, tClause, fv);
        opinionWords(words, clause, tagged, ts, te, tClause, role, speechRole, contrastAt, fv);
        structure(tokens, facts, ts, te, tClause, contrastAt, fv);
    }

    /**
     * What the features need of a sentence whatever the target: clauses, polarities, which words may serve as cues,
     * negators, the first contrast word. Worked out once per sentence of an article ({@link ArticleText#perSentence}).
     */
    private record SentenceFacts(int[] clause, PolarityTagger.Tagged tagged, boolean[] informative,
                                 boolean[] negator, int contrastAt, ContextHashes hashes) {
    }

    private SentenceFacts facts(TokenWords words) {
        int[] clause = segmenter.segment(words);
        boolean[] informative = new boolean[words.size()];
        boolean[] negator = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            informative[i] = words.word(i) && isInformative(words, i);
            negator[i] = words.isNegator(i);
        }
        return new SentenceFacts(clause, polarity.tag(words, clause), informative, negator, contrastIndex(words),
                ContextHashes.of(words));
    }

    private static int contrastIndex(TokenWords words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.is(i, CueWords.Category.CONTRAST)) {
                return i;
            }
        }
        return -1;
    }

    private static void targetFeatures(TokenWords words, int ts, int te, FeatureVector fv) {
        if (te - ts == 1 && words.is(ts, CueWords.Category.PRONOUN)) {
            fv.add("t:pron", null);
        }
        if (ts == 0) {
            fv.add("t:start", null);
        }
        for (int i = ts; i < te; i++) {
            float v = words.valence(i);
            if (v != 0f) {
                fv.begin("t:lex:").part(v > 0 ? "pos" : "neg").add(Math.abs(v), words.norm(i));
            }
        }
    }

    private void contextWords(List<Token> tokens, SentenceFacts facts, int ts, int te, int tClause,
                              FeatureVector fv) {
        int[] clause = facts.clause();
        ContextHashes hashes = facts.hashes();
        String prev = ContextHashes.START;
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= ts && i < te) {
                if (i == ts) {
                    fv.begin("b:").part(prev).part("_").part(TARGET).add(null);
                    prev = TARGET;
                }
                continue;
            }
            Token t = tokens.get(i);
            String w = t.norm();
            String cue = facts.informative()[i] ? w : null;
            if (t.word()) {
                fv.addKnown(hashes.unigram(i), cue, "u:", w);
            }
            if (i == te) {
                fv.begin("b:").part(prev).part("_").part(w).add(cue);
            } else {
                fv.addKnown(hashes.bigram(i), cue, "b:", prev, "_", w);
            }
            prev = w;
            int d = i < ts ? ts - i : i - te + 1;
            boolean left = i < ts;
            String side = left ? "L" : "R";
            if (d <= WINDOW) {
                fv.begin("w:").part(side).part(d).part(":").part(w).add(cue);
            }
            if (d <= CLAUSE_WINDOW && clause[i] == tClause && t.word()) {
                fv.addKnown(hashes.clause(i, left), cue, "c:", side, ":", w);
            }
        }
    }

    /** Whether a context word is worth showing as a cue: opinion, steering or longer content words. */
    private static boolean isInformative(TokenWords words, int i) {
        if (words.valence(i) != 0f || words.isAny(i, STEERING)) {
            return true;
        }
        String w = words.norm(i);
        return w.length() >= 5 && !words.isAny(i, FUNCTION_WORD) && Character.isLetter(w.charAt(0));
    }

    private void opinionWords(TokenWords words, int[] clause, PolarityTagger.Tagged tagged, int ts, int te,
                              int tClause, String role, String speechRole, int contrastAt, FeatureVector fv) {
        float[] val = tagged.valence();
        for (int i = 0; i < words.size(); i++) {
            float v = val[i];
            if (v == 0f || (i >= ts && i < te)) {
                continue;
            }
            String w = words.norm(i);
            String cue = tagged.negated()[i] ? "not " + w : w;
            String pol = v > 0 ? "pos" : "neg";
            float a = Math.abs(v);
            String side = i < ts ? "L" : "R";
            int d = i < ts ? ts - i : i - te + 1;
            int clauseGap = Math.abs(clause[i] - tClause);
            String where = clauseGap == 0 ? "in" : clauseGap == 1 ? "next" : "far";
            fv.begin("lx:").part(pol).add(a, cue);
            fv.begin("lx:").part(side).part(":").part(where).part(":").part(pol).add(a, cue);
            fv.begin("lx:d").part(distanceBucket(d)).part(":").part(pol).add(a, cue);
            if (clauseGap == 0) {
                fv.begin("lx:").part(role).part(":").part(side).part(":").part(pol).add(a, cue);
                fv.begin("lw:").part(side).part(":").part(w).add(cue);
            }
            if (clauseGap <= 1) {
                fv.begin("lx:rs:").part(speechRole).part(":").part(side).part(":").part(pol).add(a, cue);
            }
            if (tagged.negated()[i]) {
                fv.begin("lx:negated:").part(where).part(":").part(pol).add(a, cue);
            }
            if (tagged.hedgedClause()[i] && clauseGap == 0) {
                fv.begin("lx:hedged:").part(pol).add(a, cue);
            }
            if (contrastAt >= 0) {
                boolean afterContrast = i > contrastAt;
                boolean targetAfter = ts > contrastAt;
                fv.begin("lx:ct:").part(afterContrast ? "a" : "b").part(targetAfter ? "a" : "b").part(":").part(pol)
                        .add(a, cue);
            }
            String kind = words.kind(i);
            if (kind != null) {
                fv.begin("dk:").part(kind).part(":").part(side).part(":").part(where).add(cue);
                if (clauseGap == 0) {
                    fv.begin("dk:").part(kind).part(":").part(role).part(":").part(side).add(cue);
                }
                fv.begin("dk:").part(kind).part(":rs:").part(speechRole).part(":").part(side).add(cue);
            }
        }
    }

    private void structure(List<Token> tokens, SentenceFacts facts, int ts, int te, int tClause, int contrastAt,
                           FeatureVector fv) {
        int[] clause = facts.clause();
        PolarityTagger.Tagged tagged = facts.tagged();
        float sentenceSum = 0f;
        float clauseSum = 0f;
        float nearSum = 0f;
        int quotesBefore = 0;
        boolean negInClause = false;
        for (int i = 0; i < tokens.size(); i++) {
            float v = tagged.valence()[i];
            if (i < ts || i >= te) {
                sentenceSum += v;
                if (clause[i] == tClause) {
                    clauseSum += v;
                }
                int d = i < ts ? ts - i : i - te + 1;
                nearSum += v / (float) d;
            }
            if (i < ts && tokens.get(i).norm().equals("\"")) {
                quotesBefore++;
            }
            if (clause[i] == tClause && facts.negator()[i]) {
                negInClause = true;
            }
        }
        fv.begin("sc:").part(compoundBucket(sentenceSum)).add(null);
        fv.begin("cc:").part(compoundBucket(clauseSum)).add(null);
        fv.begin("nc:").part(compoundBucket(nearSum)).add(null);
        fv.add("scr", compound(sentenceSum), null);
        fv.add("ccr", compound(clauseSum), null);
        fv.add("ncr", compound(nearSum), null);
        if (quotesBefore % 2 == 1) {
            fv.add("t:inquote", null);
        }
        if (negInClause) {
            fv.add("t:negclause", "negation");
        }
        if (tagged.hedgedClause()[ts]) {
            fv.add("t:hedged", "hedge");
        }
        if (contrastAt >= 0) {
            String w = tokens.get(contrastAt).norm();
            fv.begin("ct:").part(ts > contrastAt ? "Tafter" : "Tbefore").add(w);
            fv.begin("ct:").part(w).part(":").part(ts > contrastAt ? "Tafter" : "Tbefore").add(w);
        }
        fv.begin("len:").part(lengthBucket(tokens.size())).add(null);
    }

    public static float compound(float sum) {
        return (float) (sum / Math.sqrt(sum * sum + 0.9375f));
    }

    private static String compoundBucket(float sum) {
        float c = compound(sum);
        if (c <= -0.5f) {
            return "nn";
        }
        if (c <= -0.05f) {
            return "n";
        }
        if (c < 0.05f) {
            return "0";
        }
        return c < 0.5f ? "p" : "pp";
    }

    private static int distanceBucket(int d) {
        if (d <= 2) {
            return d;
        }
        if (d <= 4) {
            return 3;
        }
        return d <= 8 ? 5 : 9;
    }

    private static int lengthBucket(int n) {
        return n < 15 ? 0 : n < 30 ? 1 : n < 50 ? 2 : 3;
    }
}
