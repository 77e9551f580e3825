package io.mediamon.launcher.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.model.ArticleSubmission;
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
 * Sends articles to ingest-service over HTTP, as any client would, with a bearer token when one is
 * configured ({@code MEDIAMON_INGEST_TOKEN}, the first of its list).
 */
public final class IngestClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    public IngestClient(URI base) {
        this(base, null);
    }

    public IngestClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public static IngestClient local(int port) {
        return new IngestClient(URI.create("http://127.0.0.1:" + port), configuredToken("MEDIAMON_INGEST_TOKEN"));
    }

    /** The first token of a comma-separated token variable, or null. */
    public static String configuredToken(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.split(",")[0].strip();
    }

    public IngestClient withToken(String newToken) {
        return new IngestClient(base, newToken);
    }

    /** The HTTP status and parsed JSON body of one call. */
    public record Response(int status, JsonNode body) {
    }

    public Response postOne(ArticleSubmission article) throws IOException, InterruptedException {
        return post("/articles", Json.mapper().writeValueAsString(article));
    }

    public Response postBatch(List<ArticleSubmission> articles) throws IOException, InterruptedException {
        StringBuilder ndjson = new StringBuilder();
        for (ArticleSubmission article : articles) {
            ndjson.append(Json.mapper().writeValueAsString(article)).append('\n');
        }
        return post("/articles/batch", ndjson.toString());
    }

    public Response post(String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", path.endsWith("batch") ? "application/x-ndjson" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), Json.mapper().readTree(response.body()));
    }

    /** The ids of the accepted records in a batch response, in line order; fails if any was refused. */
    public static List<String> acceptedIds(Response response) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode result : response.body().path("results")) {
            if (!"accepted".equals(result.path("status").asText())) {
                throw new IOException("ingest refused line " + result.path("line") + ": " + result.path("errors"));
            }
            ids.add(result.path("id").asText());
        }
        return ids;
    }
}
