package io.mediamon.analysis.sentiment.contextual;

import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.analysis.encoder.TokenStates;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.TokenSpan;
import io.mediamon.common.event.SentimentLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Target sentiment from frozen encoder states: the sentence is encoded once (and cached by hash) and every target
 * in it is scored by the {@link ContextualHead} on its {@link ContextualFeatures}. The encoder has its own sub-word
 * tokenizer, so this scorer reads the sentence's characters and the target's character offsets from the article's
 * tokens. A target the encoder has no token for (past the truncation point) goes to the fallback scorer.
 *
 * <p>Evidence: the head is linear in the pooled states, so its logit splits exactly into one share per token
 * ({@code share_t = sum over blocks g containing t of (1/|g|) sum_i slope_gi (h_ti - mean_gi)}). The cues are the
 * words outside the target whose shares push hardest toward the chosen class against the other two.
 */
public final class ContextualTargetScorer implements TargetScorer {

    static final int MAX_CUES = 3;
    private static final SentimentLabel[] LABELS = SentimentLabel.values();

    private final SentenceEncoder encoder;
    private final ContextualHead head;
    private final TargetScorer fallback;

    public ContextualTargetScorer(SentenceEncoder encoder, ContextualHead head, TargetScorer fallback) {
        if (encoder.settings().layer() != head.layer()) {
            throw new IllegalArgumentException("head was trained on layer " + head.layer() + ", encoder reads layer "
                    + encoder.settings().layer());
        }
        this.encoder = encoder;
        this.head = head;
        this.fallback = fallback;
    }

    public SentenceEncoder encoder() {
        return encoder;
    }

    @Override
    public TargetScore score(ArticleText text, Sentence sentence, TokenSpan target) {
        if (target.start() < sentence.firstToken() || target.end() > sentence.endToken()
                || target.start() > target.end()) {
            throw new IllegalArgumentException("target span " + target + " outside sentence " + sentence);
        }
        if (target.isEmpty()) {
            return fallback.score(text, sentence, target);
        }
        int from = text.tokens().get(target.start()).start() - sentence.start();
        int to = text.tokens().get(target.end() - 1).end() - sentence.start();
        TargetScore s = score(text.textOf(sentence), from, to);
        return s != null ? s : fallback.score(text, sentence, target);
    }

    /**
     * Scores the characters {@code [from, to)} of a sentence, or returns null when the encoder has no token for them
     * (the sentence was truncated before them).
     */
    public TargetScore score(String sentence, int from, int to) {
        if (from < 0 || to > sentence.length() || from > to) {
            throw new IllegalArgumentException("target span [" + from + "," + to + ") outside sentence");
        }
        TokenStates states = encoder.encode(sentence);
        float[] x = ContextualFeatures.of(states, from, to);
        if (x == null) {
            return null;
        }
        double[] p = head.probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        SentimentLabel label = LABELS[best];
        double score = p[SentimentLabel.POSITIVE.ordinal()] - p[SentimentLabel.NEGATIVE.ordinal()];
        List<String> cues = label == SentimentLabel.NEUTRAL ? List.of()
                : cues(sentence, states, ContextualFeatures.blocks(states, from, to), best, from, to);
        return new TargetScore(label, score, p[best], cues);
    }

    /** Words outside the target whose token shares favour class {@code chosen} most, strongest first. */
    List<String> cues(String sentence, TokenStates states, int[][] blocks, int chosen, int from, int to) {
        int n = states.size();
        int w = states.width();
        double[] share = new double[n];
        for (int g = 0; g < blocks.length; g++) {
            int a = blocks[g][0];
            int b = blocks[g][1];
            double inv = 1.0 / (b - a);
            int off = g * w;
            for (int t = a; t < b; t++) {
                float[] h = states.states()[t];
                double s = 0;
                for (int i = 0; i < w; i++) {
                    int f = off + i;
                    double slope = head.rawSlope(chosen, f);
                    double others = 0;
                    for (int k = 0; k < ContextualHead.K; k++) {
                        if (k != chosen) {
                            others += head.rawSlope(k, f);
                        }
                    }
                    slope -= others / (ContextualHead.K - 1);
                    s += slope * (h[i] - head.mean(f));
                }
                share[t] += s * inv;
            }
        }
        List<int[]> words = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        int t = 0;
        while (t < n) {
            int start = states.starts()[t];
            int end = states.ends()[t];
            double s = share[t];
            int u = t + 1;
            while (u < n && states.starts()[u] == end && Character.isLetterOrDigit(sentence.charAt(end))
                    && Character.isLetterOrDigit(sentence.charAt(end - 1))) {
                end = states.ends()[u];
                s += share[u];
                u++;
            }
            boolean inTarget = end > from && start < to;
            if (!inTarget && s > 0 && hasLetter(sentence, start, end)) {
                words.add(new int[]{start, end});
                scores.add(s);
            }
            t = u;
        }
        List<String> out = new ArrayList<>(MAX_CUES);
        boolean[] used = new boolean[words.size()];
        for (int c = 0; c < MAX_CUES; c++) {
            int best = -1;
            for (int i = 0; i < words.size(); i++) {
                if (!used[i] && (best < 0 || scores.get(i) > scores.get(best))) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            out.add(sentence.substring(words.get(best)[0], words.get(best)[1]));
        }
        return out;
    }

    private static boolean hasLetter(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
