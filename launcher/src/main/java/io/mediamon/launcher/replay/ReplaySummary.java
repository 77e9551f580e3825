package io.mediamon.launcher.replay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a replay did, printed as the final JSON line.
 *
 * @param total    items in the input
 * @param skipped  items an earlier, interrupted run had already delivered (resumed past)
 * @param sent     items sent (or, with {@code --dry-run}, validated) in this run
 * @param accepted items ingest accepted (or that passed validation)
 * @param rejected items refused, by ingest's reason code
 * @param complete whether every item of the input has now been delivered
 * @param error    why the run stopped early, or null
 */
public record ReplaySummary(boolean dryRun, int total, int skipped, int sent, int accepted,
                            Map<String, Integer> rejected, long durationMs, boolean complete, String progressFile,
                            String error) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dryRun", dryRun);
        json.put("total", total);
        json.put("skipped", skipped);
        json.put("sent", sent);
        json.put("accepted", accepted);
        json.put("rejected", new TreeMap<>(rejected));
        json.put("rejectedTotal", rejected.values().stream().mapToInt(Integer::intValue).sum());
        json.put("durationMs", durationMs);
        json.put("articlesPerSecond", durationMs == 0 ? 0 : Math.round(sent * 10_000.0 / durationMs) / 10.0);
        json.put("complete", complete);
        json.put("progressFile", progressFile);
        json.put("error", error);
        return json;
    }
}
