package io.mediamon.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.validate.Rejection;

/** Turns one JSON text into a submission, or a rejection that says what is wrong with it. */
public final class SubmissionReader {
    private final ObjectMapper mapper = Json.mapper();

    public Result read(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return Result.failed(new Rejection("bad_json", "not valid JSON: " + e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return Result.failed(new Rejection("bad_json", "expected a JSON object with title and body"));
        }
        try {
            return Result.of(mapper.treeToValue(node, ArticleSubmission.class));
        } catch (JsonProcessingException e) {
            return Result.failed(new Rejection("bad_field", "a field has the wrong type: " + e.getOriginalMessage()));
        }
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
