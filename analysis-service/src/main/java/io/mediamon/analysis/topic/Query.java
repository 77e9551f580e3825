package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.TermIndex;
import io.mediamon.analysis.text.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed topic query, evaluated over a document's {@link TermIndex} and, for {@code ABOUT("…")} terms, over how
 * close the document's embedding lies to a description ({@link Aboutness}). See {@link QueryParser} for the syntax.
 */
public sealed interface Query {

    /**
     * Whether the query holds, the token spans that made it hold (empty for a pure negation or an {@code ABOUT}
     * term alone), and the confidence of the {@code ABOUT} terms that made it hold (NaN when none did: a pure
     * boolean match).
     */
    record Hits(boolean matched, List<TokenSpan> spans, double aboutConfidence) {
        static final Hits NONE = new Hits(false, List.of());

        public Hits(boolean matched, List<TokenSpan> spans) {
            this(matched, spans, Double.NaN);
        }

        static Hits of(List<TokenSpan> spans) {
            return spans.isEmpty() ? NONE : new Hits(true, spans);
        }

        /** True when an {@code ABOUT} term is part of why the query holds. */
        public boolean byDescription() {
            return matched && !Double.isNaN(aboutConfidence);
        }
    }

    /** Evaluates with no embedding at hand: an {@code ABOUT} term then never holds. */
    default Hits evaluate(TermIndex index) {
        return evaluate(index, Aboutness.NONE);
    }

    Hits evaluate(TermIndex index, Aboutness about);

    /** Whether an {@code ABOUT} term occurs anywhere in the query (such a query needs the document's embedding). */
    default boolean usesAbout() {
        return false;
    }

    /**
     * {@code ABOUT("sentence")}: holds when the document's embedding is at least as similar to the sentence's as the
     * description's calibrated threshold (see {@link AboutMatcher}).
     */
    record About(String description) implements Query {
        public About {
            description = description.strip().replaceAll("\\s+", " ");
        }

        @Override
        public Hits evaluate(TermIndex index, Aboutness about) {
            Aboutness.Score score = about.score(description);
            return score != null && score.holds() ? new Hits(true, List.of(), score.confidence()) : Hits.NONE;
        }

        @Override
        public boolean usesAbout() {
            return true;
        }
    }

    record Term(TermPattern pattern) implements Query {
        @Override
        public Hits evaluate(TermIndex index, Aboutness about) {
            List<Integer> at = pattern.positions(index);
            List<TokenSpan> spans = new ArrayList<>(at.size());
            at.forEach(p -> spans.add(new TokenSpan(p, p + 1)));
            return Hits.of(spans);
        }
    }

    record Phrase(List<TermPattern> words) implements Query {
        public Phrase {
            words = List.copyOf(words);
        }

        @Override
        public Hits evaluate(TermIndex index, Aboutness about) {
            List<io.mediamon.analysis.text.Term> tokens = index.terms();
            List<TokenSpan> spans = new ArrayList<>();
            for (int start : words.get(0).positions(index)) {
                if (start + words.size() <= tokens.size() && restMatches(tokens, start)) {
                    spans.add(new TokenSpan(start, start + words.size()));
                }
            }
            return Hits.of(spans);
        }

        private boolean restMatches(List<io.mediamon.analysis.text.Term> tokens, int start) {
            for (int i = 1; i < words.size(); i++) {
                if (!words.get(i).matches(tokens.get(start + i).norm())) {
                    return false;
                }
            }
            return true;
        }
    }

    record And(List<Query> parts) implements Query {
        public And {
            parts = List.copyOf(parts);
        }

        @Override
        public Hits evaluate(TermIndex index, Aboutness about) {
            List<TokenSpan> spans = new ArrayList<>();
            double confidence = Double.NaN;
            for (Query part : parts) {
                Hits hits = part.evaluate(index, about);
                if (!hits.matched()) {
                    return Hits.NONE;
                }
                spans.addAll(hits.spans());
                confidence = weakest(confidence, hits.aboutConfidence());
            }
            return new Hits(true, spans, confidence);
        }

        @Override
        public boolean usesAbout() {
            return parts.stream().anyMatch(Query::usesAbout);
        }

        private static double weakest(double a, double b) {
            return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
        }
    }

    record Or(List<Query> parts) implements Query {
        public Or {
            parts = List.copyOf(parts);
        }

        @Override
        public Hits evaluate(TermIndex index, Aboutness about) {
            boolean matched = false;
            boolean byWords = false;
            double confidence = Double.NaN;
            List<TokenSpan> spans = new ArrayList<>();
            for (Query part : parts) {
                Hits hits = part.evaluate(index, about);
                if (hits.matched()) {
                    matched = true;
                    spans.addAll(hits.spans());
                    if (hits.byDescription()) {
                        confidence = Double.isNaN(confidence) ? hits.aboutConfidence()
                                : Math.max(confidence, hits.aboutConfidence());
                    } else {
                        byWords = true;
                    }
                }
            }
            // an alternative that holds by words alone makes the whole hold without the model's doubt
            return matched ? new Hits(true, spans, byWords ? Double.NaN : confidence) : Hits.NONE;
        }

        @Override
        public boolean usesAbout() {
            return parts.stream().anyMatch(Query::usesAbout);
        }
    }

    record Not(Query negated) implements Query {
        @Override
        public Hits evaluate(TermIndex index, Aboutness about) {
            return negated.evaluate(index, about).matched() ? Hits.NONE : new Hits(true, List.of());
        }

        @Override
        public boolean usesAbout() {
            return negated.usesAbout();
        }
    }

    /** Both sides within {@code distance} tokens of each other, in either order. */
    record Near(Query left, Query right, int distance) implements Query {
        @Override
        public Hits evaluate(TermIndex index, Aboutness about) {
            Hits a = left.evaluate(index, about);
            Hits b = right.evaluate(index, about);
            if (!a.matched() || !b.matched()) {
                return Hits.NONE;
            }
            List<TokenSpan> spans = new ArrayList<>();
            for (TokenSpan x : a.spans()) {
                for (TokenSpan y : b.spans()) {
                    if (x.gapTo(y) <= distance) {
                        spans.add(x.cover(y));
                    }
                }
            }
            return Hits.of(spans);
        }
    }
}
