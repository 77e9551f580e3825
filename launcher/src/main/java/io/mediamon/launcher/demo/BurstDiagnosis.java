package io.mediamon.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.serde.Json;
import io.mediamon.launcher.client.IngestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What became of the demo's burst when no alert came: how many burst articles analysis tagged, how many of them name
 * the entity, in how many distinct stories, what alert-service counted and expected for the burst's hour, and how
 * many of the entity's mentions came too late to count. It tells a user (and us) at which stage the burst got lost.
 */
record BurstDiagnosis(String entityId, int sent, int tagged, int naming, int stories) {

    static BurstDiagnosis of(List<String> burstIds, Map<String, TaggedArticle> byId, String entityId) {
        int tagged = 0;
        int naming = 0;
        Set<String> stories = new HashSet<>();
        for (String id : burstIds) {
            TaggedArticle article = byId.get(id);
            if (article == null) {
                continue;
            }
            tagged++;
            List<PartySentiment> parties = article.parties() == null ? List.of() : article.parties();
            if (parties.stream().anyMatch(p -> entityId.equals(p.entityId()))) {
                naming++;
                stories.add(article.storyId() != null ? article.storyId() : article.id());
            }
        }
        return new BurstDiagnosis(entityId, burstIds.size(), tagged, naming, stories.size());
    }

    /** The diagnosis as text, with alert-service's coverage of the hour starting at {@code hour}. */
    String describe(int alertPort, Instant hour) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "  burst: %d sent, %d tagged, %d name %s, in %d distinct stories%n", sent, tagged, naming, entityId,
                stories));
        text.append("  alert-service: ").append(coverage(alertPort, hour)).append('\n');
        text.append("  alert-service: ").append(late(alertPort, hour)).append('\n');
        return text.toString();
    }

    private String coverage(int port, Instant hour) {
        String path = "/entities/" + entityId + "/coverage?from=" + hour + "&to=" + hour.plus(Duration.ofHours(1));
        return query(port, path, body -> {
            JsonNode items = body.path("items");
            if (items.isEmpty()) {
                return "no coverage recorded for the burst's hour";
            }
            JsonNode bucket = items.get(0);
            return String.format(Locale.ROOT, "the burst's hour %s holds %d stories (%d mentions), expected %s",
                    bucket.path("start").asText(), bucket.path("stories").asLong(), bucket.path("mentions").asLong(),
                    bucket.path("expected").isNumber()
                            ? String.format(Locale.ROOT, "%.2f", bucket.path("expected").asDouble()) : "unknown");
        });
    }

    private String late(int port, Instant hour) {
        String path = "/entities/" + entityId + "/late?from=" + hour.minus(Duration.ofDays(7)) + "&to="
                + hour.plus(Duration.ofHours(1));
        return query(port, path, body -> String.format(Locale.ROOT,
                "%d%s mentions came later than the grace period and were kept, not counted (GET %s)",
                body.path("items").size(), body.path("nextCursor").isTextual() ? " or more" : "",
                path.substring(0, path.indexOf('?'))));
    }

    private String query(int port, String path, Function<JsonNode, String> answer) {
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET();
        String token = IngestClient.configuredToken("MEDIAMON_READ_TOKEN");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "GET " + uri.getPath() + " answered " + response.statusCode();
            }
            return answer.apply(Json.mapper().readTree(response.body()));
        } catch (IOException e) {
            return "GET " + uri.getPath() + " failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "GET " + uri.getPath() + " interrupted";
        }
    }
}
