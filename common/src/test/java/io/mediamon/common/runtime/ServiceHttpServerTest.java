package io.mediamon.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.common.auth.Scope;
import io.mediamon.common.auth.TokenAuthenticator;
import io.mediamon.common.config.ConfigException;
import io.mediamon.common.config.HttpSettings;
import io.mediamon.common.config.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceHttpServerTest {
    private static final HealthCheck UP = () -> HealthCheck.Status.up("up");

    @Test
    void shouldServeHttpsFromTheConfiguredKeystore(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "mediamon", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass",
                "changeit-test", "-keypass", "changeit-test").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        Settings settings = Settings.from(Map.of("MEDIAMON_HTTP_TLS_KEYSTORE", keystore.toString(),
                "MEDIAMON_HTTP_TLS_KEYSTORE_PASSWORD", "changeit-test", "MEDIAMON_TEST_PORT", "0"));
        HttpSettings http = HttpSettings.from(settings, "MEDIAMON_TEST_PORT", 0);
        settings.validate();
        try (ServiceHttpServer server = new ServiceHttpServer("test", http, Metrics.registry("test"), UP, UP)
                .start()) {
            assertThat(server.https()).isTrue();
            HttpResponse<String> response = trustingClient().send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + server.port() + "/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("UP");
        }
    }

    @Test
    void shouldRefuseToStartBeyondLoopbackWithWriteRoutesAndNoTokens() throws Exception {
        HttpSettings open = new HttpSettings("0.0.0.0", 0);
        ServiceHttpServer server = new ServiceHttpServer("test", open, Metrics.registry("test"), UP, UP)
                .route("/things", Scope.READ, Scope.ADMIN, exchange -> HttpExchanges.json(exchange, 200, Map.of()));
        assertThatThrownBy(server::start).isInstanceOf(ConfigException.class)
                .hasMessageContaining("MEDIAMON_ADMIN_TOKEN").hasMessageContaining("MEDIAMON_TOKENS_FILE");
        // read-only routes may start open beyond loopback (analysis-service has only /metrics)
        try (ServiceHttpServer readOnly = new ServiceHttpServer("test", open, Metrics.registry("test"), UP, UP)
                .start()) {
            assertThat(readOnly.port()).isPositive();
        }
        HttpSettings withTokens = open.withAuth(TokenAuthenticator.of(Map.of(Scope.ADMIN,
                List.of("admin-token-0123456789"))));
        try (ServiceHttpServer guarded = new ServiceHttpServer("test", withTokens, Metrics.registry("test"), UP, UP)
                .route("/things", Scope.READ, Scope.ADMIN, exchange -> HttpExchanges.json(exchange, 200,
                        Map.of()))
                .start()) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> denied = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + guarded.port() + "/things")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(denied.statusCode()).isEqualTo(401);
            assertThat(denied.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("Bearer"));
            assertThat(denied.body()).contains("bearer token");
        }
    }

    private static HttpClient trustingClient() throws Exception {
        // test only: the certificate is self-signed and made a moment ago
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
