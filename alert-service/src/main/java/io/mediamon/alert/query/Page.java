package io.mediamon.alert.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.common.serde.Json;
import java.util.List;
import java.util.Map;

/** One page of a sorted result: the items from the cursor's offset, and the cursor of the next page (or null). */
final class Page {
    private Page() {
    }

    static ObjectNode of(QueryParams params, List<?> sorted, Map<String, Object> head) {
        int from = Math.min(params.offset(), sorted.size());
        int to = Math.min(sorted.size(), from + params.limit());
        ObjectNode body = Json.mapper().createObjectNode();
        head.forEach((name, value) -> body.set(name, Json.mapper().valueToTree(value)));
        body.put("from", params.from().toString());
        body.put("to", params.to().toString());
        body.set("items", Json.mapper().valueToTree(sorted.subList(from, to)));
        if (to < sorted.size()) {
            body.put("nextCursor", QueryParams.cursor(to));
        } else {
            body.putNull("nextCursor");
        }
        return body;
    }
}
