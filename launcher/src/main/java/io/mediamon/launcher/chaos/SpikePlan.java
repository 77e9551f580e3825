package io.mediamon.launcher.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.lab.synthetic.SyntheticArticles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entities the chaos campaign makes alert on: each is registered at run time through the watchlist API, gets
 * a steady baseline of coverage over the past days (sent before the kills start, oldest first), and later one
 * burst of coverage in the current hour, sent while services are being killed. So alerts are raised, published
 * and delivered to the webhook receiver while alert-service and analysis-service die and come back.
 */
final class SpikePlan {
    private static final String[] NAMES = {"Quorvex", "Zentrilo", "Brandolux", "Vantrice", "Kelmora", "Ostravix",
        "Pyralis", "Trenvolt", "Mirabex", "Halcyra", "Jorvane", "Selvanta", "Dravotek", "Lumiskon", "Corvanth",
        "Nexbury", "Falquino", "Ambryxa", "Tessaral", "Wyndmore"};
    static final int BASELINE_HOURS = 72;
    private static final double PER_HOUR = 1.5;
    private static final int BURST = 25;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One spike entity: its watchlist id and name. */
    record Spike(String id, String name) {
    }

    private final List<Spike> spikes = new ArrayList<>();
    private final Instant start;
    private final long seed;

    SpikePlan(int count, Instant start, long seed) {
        for (int i = 0; i < Math.min(count, NAMES.length); i++) {
            spikes.add(new Spike("chaos-" + NAMES[i].toLowerCase(Locale.ROOT), NAMES[i]));
        }
        this.start = start;
        this.seed = seed;
    }

    List<Spike> spikes() {
        return spikes;
    }

    /** Registers every spike entity with {@code PUT /watchlist/{id}}; fails unless each answer is 200. */
    void register(URI alertBase, String adminToken) throws IOException, InterruptedException {
        for (Spike spike : spikes) {
            String body = Json.mapper().writeValueAsString(Map.of("name", spike.name(), "type", "organisation"));
            HttpRequest.Builder request = HttpRequest.newBuilder(alertBase.resolve("/watchlist/" + spike.id()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (adminToken != null) {
                request.header("Authorization", "Bearer " + adminToken);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("PUT /watchlist/" + spike.id() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        }
    }

    /**
     * An article that names every spike entity, dated before the baseline (so it never moves stream time past
     * the history): analysis tags it with all of them once it has applied the watchlist changes.
     */
    ArticleSubmission probe(int attempt) {
        StringBuilder body = new StringBuilder();
        for (Spike spike : spikes) {
            body.append(spike.name()).append(" said on Monday that it would review its plans in London. ");
        }
        Instant when = start.minus(Duration.ofHours(BASELINE_HOURS + 2)).plusSeconds(attempt);
        return new ArticleSubmission("Companies review plans (probe " + seed + "-" + attempt + ")",
                body.toString().strip(), "https://chaos.example/" + seed + "/probe/" + attempt, "probe.example",
                null, "en", when.toString());
    }

    /** The baseline of every spike entity over the past {@value #BASELINE_HOURS} hours, oldest first. */
    List<ArticleSubmission> baseline() {
        List<ArticleSubmission> all = new ArrayList<>();
        for (int k = 0; k < spikes.size(); k++) {
            long articleSeed = seed * 1_000 + k;
            List<ArticleSubmission> history = SyntheticArticles.about(spikes.get(k).name(),
                    SyntheticArticles.steadyFlow(start, BASELINE_HOURS, PER_HOUR, articleSeed), articleSeed, "base");
            for (int i = 0; i < history.size(); i++) {
                all.add(withUrl(history.get(i), "baseline/" + k + "/" + i));
            }
        }
        all.sort(Comparator.comparing(ArticleSubmission::publishedAt));
        return all;
    }

    /** Baseline articles per entity id, to check alert-service has counted them all. */
    static Map<String, Integer> countByEntity(List<Spike> spikes, List<ArticleSubmission> baseline) {
        Map<String, Integer> counts = new HashMap<>();
        for (Spike spike : spikes) {
            counts.put(spike.id(), (int) baseline.stream().filter(a -> a.body().contains(spike.name())).count());
        }
        return counts;
    }

    /** The burst of spike entity {@code k}: {@value #BURST} articles in the current hour. */
    List<ArticleSubmission> burst(int k, Instant now) {
        long articleSeed = seed * 1_000 + 500 + k;
        List<ArticleSubmission> articles = SyntheticArticles.about(spikes.get(k).name(),
                SyntheticArticles.burst(now, BURST), articleSeed, "burst");
        List<ArticleSubmission> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            out.add(withUrl(articles.get(i), "burst/" + k + "/" + i));
        }
        return out;
    }

    /**
     * The mentions alert-service has counted per spike entity since before the baseline, from its query API
     * ({@code GET /entities}); empty entries for entities it has not seen yet.
     */
    Map<String, Integer> countedMentions(URI alertBase, String readToken) throws IOException, InterruptedException {
        Instant from = start.minus(Duration.ofHours(BASELINE_HOURS + 3));
        HttpRequest.Builder request = HttpRequest.newBuilder(alertBase.resolve("/entities?limit=1000&from=" + from
                        + "&to=" + Instant.now().plus(Duration.ofHours(1))))
                .timeout(Duration.ofSeconds(30)).GET();
        if (readToken != null) {
            request.header("Authorization", "Bearer " + readToken);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Integer> counts = new HashMap<>();
        if (response.statusCode() != 200) {
            return counts;
        }
        for (JsonNode item : Json.mapper().readTree(response.body()).path("items")) {
            counts.put(item.path("id").asText(), item.path("mentions").asInt());
        }
        return counts;
    }

    private ArticleSubmission withUrl(ArticleSubmission a, String path) {
        return new ArticleSubmission(a.title(), a.body(), "https://chaos.example/" + seed + "/" + path, a.outlet(),
                a.author(), a.language(), a.publishedAt());
    }
}
