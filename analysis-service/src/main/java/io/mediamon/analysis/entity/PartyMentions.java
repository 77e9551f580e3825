package io.mediamon.analysis.entity;

import java.util.List;

/**
 * Every place one party is mentioned: directly, or through a person affiliated with it.
 *
 * @param spans    mention spans, each relative to its sentence
 * @param surfaces the distinct forms that matched, in text order, at most {@value #MAX_SURFACES}
 */
public record PartyMentions(GazetteerEntry party, List<InSentence> spans, List<String> surfaces) {

    public static final int MAX_SURFACES = 5;

    /** A mention at {@code [from, to)} of sentence number {@code sentence}. */
    public record InSentence(int sentence, int from, int to) {
    }

    public PartyMentions {
        spans = List.copyOf(spans);
        surfaces = List.copyOf(surfaces);
    }
}
