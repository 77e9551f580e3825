package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Term;
import io.mediamon.analysis.text.TermIndex;
import io.mediamon.analysis.text.TokenSpan;
import io.mediamon.common.event.TopicSource;
import io.mediamon.common.event.TopicTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags a document with every topic whose query holds at {@code minHits} distinct places or more. The
 * tag lists the matched words (in text order, at most {@value #MAX_MATCHES}). A query that holds through an
 * {@code ABOUT("…")} term needs no count of places: its tag says {@code model}, with that term's confidence.
 */
public final class TopicTagger {
    static final int MAX_MATCHES = 8;

    private final List<TopicRule> rules;

    public TopicTagger(List<TopicRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<TopicTag> tag(ArticleText article) {
        return tag(article, Aboutness.NONE);
    }

    /** The tags, with {@code about} deciding the rules' {@code ABOUT} terms. */
    public List<TopicTag> tag(ArticleText article, Aboutness about) {
        String text = article.text();
        TermIndex index = article.termIndex();
        List<TopicTag> tags = new ArrayList<>();
        for (TopicRule rule : rules) {
            Query.Hits hits = rule.query().evaluate(index, about);
            if (!hits.matched()) {
                continue;
            }
            List<String> matches = surfaces(text, index, hits.spans());
            if (hits.byDescription()) {
                tags.add(new TopicTag(rule.id(), rule.label(), rule.iptcCode(), matches, TopicSource.MODEL,
                        hits.aboutConfidence()));
            } else if (new HashSet<>(hits.spans()).size() >= rule.minHits()) {
                tags.add(new TopicTag(rule.id(), rule.label(), rule.iptcCode(), matches));
            }
        }
        return tags;
    }

    /** Whether a rule has an {@code ABOUT} term (so tagging needs the document's embedding). */
    public boolean usesAbout() {
        return rules.stream().anyMatch(r -> r.query().usesAbout());
    }

    static List<String> surfaces(String text, TermIndex index, List<TokenSpan> spans) {
        Set<String> out = new LinkedHashSet<>();
        List<Term> tokens = index.terms();
        List<TokenSpan> inTextOrder = new ArrayList<>(spans);
        inTextOrder.sort(Comparator.comparingInt(TokenSpan::start));
        for (TokenSpan span : inTextOrder) {
            out.add(surface(text, tokens.get(span.start()).start(), tokens.get(span.end() - 1).end()));
            if (out.size() == MAX_MATCHES) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code text[from, to)} with each run of whitespace (as the regular expression {@code \s} reads it: space, tab,
     * line feed, vertical tab, form feed, carriage return) made one space, lower-cased.
     */
    private static String surface(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
