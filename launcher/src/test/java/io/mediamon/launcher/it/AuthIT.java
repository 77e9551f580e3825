package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.config.ConfigException;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.client.IngestClient;
import io.mediamon.lab.synthetic.SyntheticArticles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bearer tokens with scopes on every endpoint of the three services, on a real broker: 401 without a token,
 * 403 with the wrong scope (each with a JSON reason), admin grants read, /health open, and a service bound
 * beyond loopback without tokens refuses to start.
 */
class AuthIT {
    private static final String INGEST = "ingest-token-0123456789";
    private static final String INGEST_ROTATED = "ingest-token-rotated-abcdef";
    private static final String ADMIN = "admin-token-0123456789";
    private static final String READ = "read-token-0123456789";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(180)
    void shouldEnforceScopesOnEveryEndpoint(@TempDir Path dir) throws Exception {
        Path tokens = Files.writeString(dir.resolve("tokens"), "# scope token\nread " + READ + "\n");
        TestEnvironment env = TestEnvironment.create("auth", 1)
                .with("MEDIAMON_INGEST_TOKEN", INGEST + "," + INGEST_ROTATED)
                .with("MEDIAMON_ADMIN_TOKEN", ADMIN)
                .with("MEDIAMON_TOKENS_FILE", tokens.toString());
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            int ingest = pipeline.ingest().port();
            int analysis = pipeline.analysis().port();
            int alert = pipeline.alert().port();
            String article = Json.mapper().writeValueAsString(SyntheticArticles.about("TikTok",
                    List.of(Instant.now()), 5, "a").get(0));

            // ingest: POST needs scope ingest; either token of the rotation list works
            Result none = call("POST", ingest, "/articles", null, article);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.body().path("error").asText()).contains("bearer token");
            assertThat(call("POST", ingest, "/articles", "not-a-valid-token-at-all", article).status())
                    .isEqualTo(401);
            Result wrongScope = call("POST", ingest, "/articles", READ, article);
            assertThat(wrongScope.status()).isEqualTo(403);
            assertThat(wrongScope.body().path("error").asText()).contains("scope ingest");
            assertThat(call("POST", ingest, "/articles", INGEST, article).status()).isEqualTo(202);
            assertThat(call("POST", ingest, "/articles/batch", INGEST_ROTATED, article).status()).isEqualTo(202);
            ArticleSubmission viaClient = SyntheticArticles.about("TikTok", List.of(Instant.now()), 6, "c").get(0);
            assertThat(new IngestClient(URI.create("http://127.0.0.1:" + ingest), INGEST).postOne(viaClient).status())
                    .isEqualTo(202);

            // metrics need read; admin grants read; health is open on every service
            for (int port : List.of(ingest, analysis, alert)) {
                assertThat(call("GET", port, "/metrics", null, null).status()).isEqualTo(401);
                assertThat(call("GET", port, "/metrics", INGEST, null).status()).isEqualTo(403);
                assertThat(call("GET", port, "/metrics", READ, null).status()).isEqualTo(200);
                assertThat(call("GET", port, "/metrics", ADMIN, null).status()).isEqualTo(200);
                assertThat(call("GET", port, "/health/live", null, null).status()).isEqualTo(200);
            }

            // watchlist: reads need read, writes need admin
            String rule = "{\"name\":\"Oracle\",\"sensitivity\":1.0,\"enabled\":true}";
            assertThat(call("GET", alert, "/watchlist", null, null).status()).isEqualTo(401);
            assertThat(call("GET", alert, "/watchlist", READ, null).status()).isEqualTo(200);
            assertThat(call("GET", alert, "/alerts/recent", READ, null).status()).isEqualTo(200);
            assertThat(call("GET", alert, "/alerts/stream", null, null).status()).isEqualTo(401);
            Result readCannotWrite = call("PUT", alert, "/watchlist/Q19900", READ, rule);
            assertThat(readCannotWrite.status()).isEqualTo(403);
            assertThat(readCannotWrite.body().path("error").asText()).contains("scope admin");
            assertThat(call("DELETE", alert, "/watchlist/Q48938223", null, null).status()).isEqualTo(401);
            assertThat(call("DELETE", alert, "/watchlist/Q48938223", INGEST, null).status()).isEqualTo(403);
            assertThat(call("PUT", alert, "/watchlist/Q19900", ADMIN, rule).status()).isBetween(200, 204);
        }
    }

    @Test
    @Timeout(120)
    void shouldRefuseToStartBeyondLoopbackWithoutTokens() {
        TestEnvironment env = TestEnvironment.create("auth-open", 1).with("MEDIAMON_HTTP_HOST", "0.0.0.0");
        assertThatThrownBy(() -> Pipeline.start(env.settings(), env.bootstrapServers()).close())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("MEDIAMON_INGEST_TOKEN")
                .hasMessageContaining("MEDIAMON_TOKENS_FILE");
    }

    private record Result(int status, JsonNode body) {
    }

    private Result call(String method, int port, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (path.equals("/alerts/stream")) {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Result(response.statusCode(), Json.mapper().createObjectNode());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isBlank() || !response.body().startsWith("{")
                ? Json.mapper().createObjectNode() : Json.mapper().readTree(response.body());
        return new Result(response.statusCode(), parsed);
    }
}
