package io.mediamon.analysis.sentiment;

/**
 * Target-dependent sentiment: what a sentence says about the span {@code [from, to)}.
 * Implementations are thread-safe and allocation-light; they run inside the analysis topology.
 */
public interface TargetScorer {
    TargetScore score(String sentence, int from, int to);
}
