package io.mediamon.ingest.source;

import java.util.List;

/** What one import or poll did: ids published, and how many items were refused (each sent to dead letters). */
public record ImportReport(List<String> publishedIds, int rejected) {
}
