package io.mediamon.launcher.replay;

import java.time.Instant;

/**
 * One article to replay: the NDJSON line sent to ingest as it is, where it came from, and its publication time.
 *
 * @param location  file and line, for messages ({@code month.jsonl:12}, {@code seeds/001.txt}, {@code -:3})
 * @param line      the article as one JSON line, sent to {@code POST /articles/batch} unchanged
 * @param eventTime the article's publication time, or null when it has none or it cannot be read
 */
public record ReplayItem(String location, String line, Instant eventTime) {
}
