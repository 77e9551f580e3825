package io.mediamon.common.event;

import java.util.List;

/**
 * A sentence that mentions a party, with the score it gave and the words or clauses that decided it.
 */
public record Evidence(String sentence, double score, SentimentLabel label, List<String> cues) {
}
