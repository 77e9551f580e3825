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

    private final CueWords cues;
    private final ClauseSegmenter segmenter;
    private final PolarityTagger polarity;
    private final SentimentLexicon lexicon;
    private final TargetRoleAnalyzer roles;

    public TargetFeatureExtractor(SentimentLexicon lexicon, CueWords cues) {
        this.lexicon = lexicon;
        this.cues = cues;
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
        List<Token> tokens = text.tokensOf(sentence);
        FeatureVector fv = new FeatureVector();
        if (tokens.isEmpty()) {
            fv.add("empty", null);
            return fv;
        }
        if (target.start() < sentence.firstToken() || target.end() > sentence.endToken() || target.isEmpty()) {
            throw new IllegalArgumentException("target tokens " + target + " outside sentence " + sentence);
        }
        int ts = target.start() - sentence.firstToken();
        int te = target.end() - sentence.firstToken();
        int[] clause = segmenter.segment(tokens);
        PolarityTagger.Tagged tagged = polarity.tag(tokens, clause);
        int tClause = clause[Math.min(ts, tokens.size() - 1)];
        TargetRole targetRole = roles.analyze(tokens, clause, ts, te);
        String role = targetRole.syntactic().key();
        String speechRole = targetRole.speech().key();
        int contrastAt = contrastIndex(tokens);

        fv.add("role:" + role, null);
        fv.add("rs:" + speechRole, null);
        if (targetRole.speechVerb() != null) {
            String verb = targetRole.speechVerb();
            String where = targetRole.speech() == TargetRole.Speech.SPEAKER ? "spk:"
                    : targetRole.speechVerbBefore() ? "cont:L:" : "cont:R:";
            fv.add("rsv:" + where + verb, verb);
        }
        targetFeatures(tokens, ts, te, fv);
        contextWords(tokens, clause, ts, te, tClause, fv);
        opinionWords(tokens, clause, tagged, ts, te, tClause, role, speechRole, contrastAt, fv);
        structure(tokens, clause, tagged, ts, te, tClause, contrastAt, fv);
        return fv;
    }

    private int contrastIndex(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (cues.is(CueWords.Category.CONTRAST, tokens.get(i).norm())) {
                return i;
            }
        }
        return -1;
    }

    private void targetFeatures(List<Token> tokens, int ts, int te, FeatureVector fv) {
        if (te - ts == 1 && cues.is(CueWords.Category.PRONOUN, tokens.get(ts).norm())) {
            fv.add("t:pron", null);
        }
        if (ts == 0) {
            fv.add("t:start", null);
        }
        for (int i = ts; i < te; i++) {
            float v = lexicon.valence(tokens.get(i).norm());
            if (v != 0f) {
                fv.add("t:lex:" + (v > 0 ? "pos" : "neg"), Math.abs(v), tokens.get(i).norm());
            }
        }
    }

    private void contextWords(List<Token> tokens, int[] clause, int ts, int te, int tClause, FeatureVector fv) {
        String prev = "<S>";
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= ts && i < te) {
                if (i == ts) {
                    fv.add("b:" + prev + "_" + TARGET, null);
                    prev = TARGET;
                }
                continue;
            }
            Token t = tokens.get(i);
            String w = t.norm();
            String cue = t.word() && isInformative(w) ? w : null;
            if (t.word()) {
                fv.add("u:" + w, cue);
            }
            fv.add("b:" + prev + "_" + w, cue);
            prev = w;
            int d = i < ts ? ts - i : i - te + 1;
            String side = i < ts ? "L" : "R";
            if (d <= WINDOW) {
                fv.add("w:" + side + d + ":" + w, cue);
            }
            if (d <= CLAUSE_WINDOW && clause[i] == tClause && t.word()) {
                fv.add("c:" + side + ":" + w, cue);
            }
        }
    }

    /** Whether a context word is worth showing as a cue: opinion, steering or longer content words. */
    private boolean isInformative(String w) {
        if (lexicon.valence(w) != 0f || cues.isNegator(w) || cues.is(CueWords.Category.REPORTING, w)
                || cues.is(CueWords.Category.CONTRAST, w) || cues.is(CueWords.Category.HEDGE, w)) {
            return true;
        }
        return w.length() >= 5 && !cues.is(CueWords.Category.PREPOSITION, w) && !cues.is(CueWords.Category.CLAUSE, w)
                && !cues.is(CueWords.Category.PRONOUN, w) && Character.isLetter(w.charAt(0));
    }

    private void opinionWords(List<Token> tokens, int[] clause, PolarityTagger.Tagged tagged, int ts, int te,
                              int tClause, String role, String speechRole, int contrastAt, FeatureVector fv) {
        float[] val = tagged.valence();
        for (int i = 0; i < tokens.size(); i++) {
            float v = val[i];
            if (v == 0f || (i >= ts && i < te)) {
                continue;
            }
            String w = tokens.get(i).norm();
            String cue = tagged.negated()[i] ? "not " + w : w;
            String pol = v > 0 ? "pos" : "neg";
            float a = Math.abs(v);
            String side = i < ts ? "L" : "R";
            int d = i < ts ? ts - i : i - te + 1;
            int clauseGap = Math.abs(clause[i] - tClause);
            String where = clauseGap == 0 ? "in" : clauseGap == 1 ? "next" : "far";
            fv.add("lx:" + pol, a, cue);
            fv.add("lx:" + side + ":" + where + ":" + pol, a, cue);
            fv.add("lx:d" + distanceBucket(d) + ":" + pol, a, cue);
            if (clauseGap == 0) {
                fv.add("lx:" + role + ":" + side + ":" + pol, a, cue);
                fv.add("lw:" + side + ":" + w, cue);
            }
            if (clauseGap <= 1) {
                fv.add("lx:rs:" + speechRole + ":" + side + ":" + pol, a, cue);
            }
            if (tagged.negated()[i]) {
                fv.add("lx:negated:" + where + ":" + pol, a, cue);
            }
            if (tagged.hedgedClause()[i] && clauseGap == 0) {
                fv.add("lx:hedged:" + pol, a, cue);
            }
            if (contrastAt >= 0) {
                boolean afterContrast = i > contrastAt;
                boolean targetAfter = ts > contrastAt;
                fv.add("lx:ct:" + (afterContrast ? "a" : "b") + (targetAfter ? "a" : "b") + ":" + pol, a, cue);
            }
            String kind = lexicon.kind(w);
            if (kind != null) {
                fv.add("dk:" + kind + ":" + side + ":" + where, cue);
                if (clauseGap == 0) {
                    fv.add("dk:" + kind + ":" + role + ":" + side, cue);
                }
                fv.add("dk:" + kind + ":rs:" + speechRole + ":" + side, cue);
            }
        }
    }

    private void structure(List<Token> tokens, int[] clause, PolarityTagger.Tagged tagged, int ts, int te, int tClause,
                           int contrastAt, FeatureVector fv) {
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
            if (clause[i] == tClause && cues.isNegator(tokens.get(i).norm())) {
                negInClause = true;
            }
        }
        fv.add("sc:" + compoundBucket(sentenceSum), null);
        fv.add("cc:" + compoundBucket(clauseSum), null);
        fv.add("nc:" + compoundBucket(nearSum), null);
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
            fv.add("ct:" + (ts > contrastAt ? "Tafter" : "Tbefore"), w);
            fv.add("ct:" + w + ":" + (ts > contrastAt ? "Tafter" : "Tbefore"), w);
        }
        fv.add("len:" + lengthBucket(tokens.size()), null);
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
