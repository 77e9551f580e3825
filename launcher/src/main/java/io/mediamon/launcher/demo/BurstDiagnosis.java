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

/**
 * What became of the demo's burst when no alert came: how many burst articles analysis tagged, how many of them name
 * the entity, in how many distinct stories, and what alert-service counted and expected for the burst's hour. It
 * tells a user (and us) at which stage the burst got lost.
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
        return text.toString();
    }

    private String coverage(int port, Instant hour) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/entities/" + entityId + "/coverage?from=" + hour
                + "&to=" + hour.plus(Duration.ofHours(1)));
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
            JsonNode items = Json.mapper().readTree(response.body()).path("items");
            if (items.isEmpty()) {
                return "no coverage recorded for the burst's hour";
            }
            JsonNode bucket = items.get(0);
            return String.format(Locale.ROOT, "the burst's hour %s holds %d stories (%d mentions), expected %s",
                    bucket.path("start").asText(), bucket.path("stories").asLong(), bucket.path("mentions").asLong(),
                    bucket.path("expected").isNumber()
                            ? String.format(Locale.ROOT, "%.2f", bucket.path("expected").asDouble()) : "unknown");
        } catch (IOException e) {
            return "coverage query failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "coverage query interrupted";
        }
    }
}
