package io.mediamon.launcher.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts batches to ingest's {@code POST /articles/batch}, with a bearer token when one is given, and retries what a
 * retry can fix (connection errors, 408, 429, 5xx) with exponential backoff.
 */
final class ReplaySender {
    /** The outcome of one line of a batch: accepted, or the ingest's rejection code. */
    record LineResult(boolean accepted, String code) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI batchUri;
    private final String token;
    private final int attempts;
    private final Duration backoff;

    ReplaySender(URI ingest, String token, int attempts, Duration backoff) {
        this.batchUri = ingest.resolve("/articles/batch");
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.attempts = attempts;
        this.backoff = backoff;
    }

    /** One result per line, in order; throws when ingest could not be reached or refused the whole request. */
    List<LineResult> send(List<String> lines) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        lines.forEach(line -> body.append(line).append('\n'));
        HttpRequest.Builder request = HttpRequest.newBuilder(batchUri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String problem = null;
        Duration delay = backoff;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                response = null;
                problem = "ingest at " + batchUri + " unreachable: " + e;
            }
            if (response != null) {
                int status = response.statusCode();
                if (status == 202 || status == 207 || status == 400 && response.body().contains("\"results\"")) {
                    return results(Json.mapper().readTree(response.body()), lines.size());
                }
                problem = "ingest answered " + status + ": " + shorten(response.body());
                if (status != 408 && status != 429 && status < 500) {
                    throw new IOException(problem);
                }
            }
            if (attempt < attempts) {
                Thread.sleep(delay.toMillis());
                delay = delay.multipliedBy(2);
            }
        }
        throw new IOException(problem + " (after " + attempts + " attempts)");
    }

    private static List<LineResult> results(JsonNode body, int lines) throws IOException {
        List<LineResult> out = new ArrayList<>(lines);
        for (JsonNode result : body.path("results")) {
            boolean accepted = "accepted".equals(result.path("status").asText());
            String code = accepted ? null : result.path("errors").path(0).path("code").asText("rejected");
            out.add(new LineResult(accepted, code));
        }
        if (out.size() != lines) {
            throw new IOException("ingest answered " + out.size() + " results for " + lines + " lines");
        }
        return out;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
