package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.TermIndex;
import io.mediamon.analysis.text.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed topic query, evaluated over a document's {@link TermIndex}. See {@link QueryParser} for the
 * syntax.
 */
public sealed interface Query {

    /** Whether the query holds, and the token spans that made it hold (empty for a pure negation). */
    record Hits(boolean matched, List<TokenSpan> spans) {
        static final Hits NONE = new Hits(false, List.of());

        static Hits of(List<TokenSpan> spans) {
            return spans.isEmpty() ? NONE : new Hits(true, spans);
        }
    }

    Hits evaluate(TermIndex index);

    record Term(TermPattern pattern) implements Query {
        @Override
        public Hits evaluate(TermIndex index) {
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
        public Hits evaluate(TermIndex index) {
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
        public Hits evaluate(TermIndex index) {
            List<TokenSpan> spans = new ArrayList<>();
            for (Query part : parts) {
                Hits hits = part.evaluate(index);
                if (!hits.matched()) {
                    return Hits.NONE;
                }
                spans.addAll(hits.spans());
            }
            return new Hits(true, spans);
        }
    }

    record Or(List<Query> parts) implements Query {
        public Or {
            parts = List.copyOf(parts);
        }

        @Override
        public Hits evaluate(TermIndex index) {
            boolean matched = false;
            List<TokenSpan> spans = new ArrayList<>();
            for (Query part : parts) {
                Hits hits = part.evaluate(index);
                if (hits.matched()) {
                    matched = true;
                    spans.addAll(hits.spans());
                }
            }
            return matched ? new Hits(true, spans) : Hits.NONE;
        }
    }

    record Not(Query negated) implements Query {
        @Override
        public Hits evaluate(TermIndex index) {
            return negated.evaluate(index).matched() ? Hits.NONE : new Hits(true, List.of());
        }
    }

    /** Both sides within {@code distance} tokens of each other, in either order. */
    record Near(Query left, Query right, int distance) implements Query {
        @Override
        public Hits evaluate(TermIndex index) {
            Hits a = left.evaluate(index);
            Hits b = right.evaluate(index);
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
