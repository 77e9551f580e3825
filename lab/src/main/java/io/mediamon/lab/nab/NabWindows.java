package io.mediamon.lab.nab;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.serde.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Labelled anomaly windows per file key ({@code CATEGORY/NAME.csv}), as read from a NAB windows JSON file. */
public final class NabWindows {

    /** One window as inclusive time bounds. */
    public record Span(Instant start, Instant end) {
    }

    private final Map<String, List<Span>> byKey;

    private NabWindows(Map<String, List<Span>> byKey) {
        this.byKey = byKey;
    }

    public static NabWindows read(Path json) throws IOException {
        JsonNode root = Json.mapper().readTree(Files.readAllBytes(json));
        Map<String, List<Span>> map = new HashMap<>();
        var fields = root.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            List<Span> spans = new ArrayList<>();
            for (JsonNode pair : e.getValue()) {
                spans.add(new Span(NabSeries.parseTime(pair.get(0).asText()), NabSeries.parseTime(pair.get(1).asText())));
            }
            map.put(e.getKey(), List.copyOf(spans));
        }
        return new NabWindows(map);
    }

    public List<Span> forKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /**
     * Converts the windows of one file into inclusive row ranges {@code [L, R]}: the rows whose timestamp lies
     * within the window. Windows that contain no row are dropped.
     */
    public static List<int[]> toRows(List<Span> spans, Instant[] times) {
        List<int[]> rows = new ArrayList<>();
        for (Span s : spans) {
            int lo = -1;
            int hi = -1;
            for (int i = 0; i < times.length; i++) {
                if (!times[i].isBefore(s.start()) && !times[i].isAfter(s.end())) {
                    if (lo < 0) {
                        lo = i;
                    }
                    hi = i;
                }
            }
            if (lo >= 0) {
                rows.add(new int[] {lo, hi});
            }
        }
        rows.sort((a, b) -> Integer.compare(a[0], b[0]));
        return rows;
    }
}
