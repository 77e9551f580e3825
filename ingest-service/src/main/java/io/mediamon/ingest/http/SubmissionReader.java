package io.mediamon.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.validate.Rejection;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns one JSON text into a submission, or a rejection that says what is wrong with it. Reading is bounded
 * by the shared mapper's constraints (depth, length, tokens); duplicate keys and lone surrogates
 * (an escaped {@code \\uD800} without its pair) are refused.
 */
public final class SubmissionReader {
    private final ObjectMapper mapper = Json.mapper();

    public Result read(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            return Result.failed(new Rejection("too_complex", "the JSON exceeds a limit: " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                return Result.failed(new Rejection("duplicate_key", "a key appears twice: " + message));
            }
            return Result.failed(new Rejection("bad_json", "not valid JSON: " + message));
        }
        if (node == null || !node.isObject()) {
            return Result.failed(new Rejection("bad_json", "expected a JSON object with title and body"));
        }
        String surrogate = loneSurrogate(node, "");
        if (surrogate != null) {
            String where = surrogate.length() > 200 ? surrogate.substring(0, 200) + "…" : surrogate;
            return Result.failed(new Rejection("bad_encoding", "lone surrogate (an unpaired \\uD800-\\uDFFF escape) in "
                    + where));
        }
        try {
            return Result.of(mapper.treeToValue(node, ArticleSubmission.class));
        } catch (JsonProcessingException e) {
            return Result.failed(new Rejection("bad_field", "a field has the wrong type: " + e.getOriginalMessage()));
        }
    }

    /** The path of the first key or string value holding an unpaired surrogate, or null. */
    private static String loneSurrogate(JsonNode node, String path) {
        if (node.isTextual()) {
            return Utf8Text.loneSurrogate(node.textValue()) >= 0 ? (path.isEmpty() ? "the value" : path) : null;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (Utf8Text.loneSurrogate(field.getKey()) >= 0) {
                    return "a key of " + (path.isEmpty() ? "the object" : path);
                }
                String found = loneSurrogate(field.getValue(), path.isEmpty() ? field.getKey()
                        : path + "." + field.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = loneSurrogate(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A submission or the reason there is none. */
    public record Result(ArticleSubmission submission, Rejection rejection) {
        static Result of(ArticleSubmission submission) {
            return new Result(submission, null);
        }

        static Result failed(Rejection rejection) {
            return new Result(null, rejection);
        }
    }
}
