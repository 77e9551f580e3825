package io.mediamon.alert.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of a sorted result: the items from the cursor's offset, and the cursor of the next page (or null). */
final class Page {
    private Page() {
    }

    static Map<String, Object> of(QueryParams params, List<?> sorted, Map<String, Object> head) {
        int from = Math.min(params.offset(), sorted.size());
        int to = Math.min(sorted.size(), from + params.limit());
        Map<String, Object> body = new LinkedHashMap<>(head);
        body.put("from", params.from().toString());
        body.put("to", params.to().toString());
        body.put("items", sorted.subList(from, to));
        body.put("nextCursor", to < sorted.size() ? QueryParams.cursor(to) : null);
        return body;
    }
}
