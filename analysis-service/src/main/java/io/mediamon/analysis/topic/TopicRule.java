package io.mediamon.analysis.topic;

/**
 * A topic and the query that detects it.
 *
 * @param minHits how many matching places the text needs before the topic is tagged (one stray word
 *                must not tag an article as sport)
 */
public record TopicRule(String id, String iptcCode, String label, int minHits, Query query) {
}
