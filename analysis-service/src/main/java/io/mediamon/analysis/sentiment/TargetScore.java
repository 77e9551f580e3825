package io.mediamon.analysis.sentiment;

import io.mediamon.common.event.SentimentLabel;
import java.util.List;

/**
 * The sentiment a sentence expresses toward one target span.
 *
 * @param label      negative, neutral or positive
 * @param score      signed strength in [-1, 1]
 * @param confidence probability of the chosen label, in [0, 1]
 * @param cues       the words or clauses that decided it, most important first
 */
public record TargetScore(SentimentLabel label, double score, double confidence, List<String> cues) {
}
