package io.mediamon.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An article's analysed text, tokenized once: the text, its tokens, its sentences (each with its token range) and,
 * built on first use, its terms and term index. Every stage reads this one object instead of cutting the text
 * again. Stages may keep values derived from a sentence here ({@link #perSentence}). Not thread-safe: one analysis
 * owns it on one thread.
 */
public final class ArticleText {
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private TermIndex terms;
    private Map<Object, Map<Sentence, Object>> perSentence;
    private Map<Object, Object> perArticle;

    private ArticleText(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
    }

    /**
     * Tokenizes {@code text} and places the tokens in the given sentences, each a character range {@code {start,
     * end}} in text order. A token belongs to the sentence that holds its first character.
     */
    public static ArticleText of(String text, List<int[]> sentenceRanges) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = new ArrayList<>(sentenceRanges.size());
        int t = 0;
        for (int[] range : sentenceRanges) {
            while (t < tokens.size() && tokens.get(t).start() < range[0]) {
                t++;
            }
            int first = t;
            while (t < tokens.size() && tokens.get(t).start() < range[1]) {
                t++;
            }
            sentences.add(new Sentence(range[0], range[1], first, t));
        }
        return new ArticleText(text, List.copyOf(tokens), List.copyOf(sentences));
    }

    /** A text that is one sentence (a labelled example, a test sentence). */
    public static ArticleText sentence(String sentence) {
        return of(sentence, List.<int[]>of(new int[] {0, sentence.length()}));
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The tokens of one sentence, as a view. */
    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    public String textOf(Sentence sentence) {
        return text.substring(sentence.start(), sentence.end());
    }

    /** The searchable terms, indexed (see {@link Tokenizer#terms}). */
    public TermIndex termIndex() {
        if (terms == null) {
            terms = new TermIndex(Tokenizer.terms(text, tokens));
        }
        return terms;
    }

    /**
     * A value a stage derives from one sentence, computed on first use and kept for this article: a scorer that
     * scores several targets of one sentence works out the sentence's clauses and polarities once. {@code owner} is
     * the stage's own key object, so stages cannot see each other's values.
     */
    @SuppressWarnings("unchecked")
    public <T> T perSentence(Object owner, Sentence sentence, Function<Sentence, T> compute) {
        if (perSentence == null) {
            perSentence = new IdentityHashMap<>(4);
        }
        return (T) perSentence.computeIfAbsent(owner, k -> new HashMap<>())
                .computeIfAbsent(sentence, compute::apply);
    }

    /**
     * A value a stage derives from the whole article, computed on first use and kept for this article (the
     * sentiment stage looks each token's word up once). {@code owner} is the stage's own key object.
     */
    @SuppressWarnings("unchecked")
    public <T> T perArticle(Object owner, Function<ArticleText, T> compute) {
        if (perArticle == null) {
            perArticle = new IdentityHashMap<>(4);
        }
        Object value = perArticle.get(owner);
        if (value == null) {
            value = compute.apply(this);
            perArticle.put(owner, value);
        }
        return (T) value;
    }

    /**
     * The tokens of {@code sentence} that the characters {@code [from, to)} (offsets in the text) overlap, as
     * positions in {@link #tokens()}. A span that overlaps no token maps to the nearest following token of the
     * sentence (or its last); an empty sentence gives an empty span.
     */
    public TokenSpan targetSpan(Sentence sentence, int from, int to) {
        int ts = -1;
        int te = -1;
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token t = tokens.get(i);
            if (t.start() < to && t.end() > from) {
                if (ts < 0) {
                    ts = i;
                }
                te = i + 1;
            }
        }
        if (ts < 0) {
            if (sentence.tokenCount() == 0) {
                return new TokenSpan(sentence.firstToken(), sentence.firstToken());
            }
            int i = sentence.firstToken();
            while (i < sentence.endToken() && tokens.get(i).end() <= from) {
                i++;
            }
            ts = Math.min(i, sentence.endToken() - 1);
            te = ts + 1;
        }
        return new TokenSpan(ts, te);
    }
}
