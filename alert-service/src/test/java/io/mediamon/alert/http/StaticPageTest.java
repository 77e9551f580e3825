package io.mediamon.alert.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaticPageTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", new StaticPage());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldServeThePageWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/ui/app.js\"></script>");
    }

    @Test
    void shouldServeTheScriptAndTheChartLibraryFromTheClasspath() throws Exception {
        HttpResponse<String> script = get("/ui/app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("import uPlot from '/vendor/uplot/dist/uPlot.esm.js'");
        HttpResponse<String> uplot = get("/vendor/uplot/dist/uPlot.esm.js");
        assertThat(uplot.statusCode()).isEqualTo(200);
        assertThat(uplot.body()).contains("export");
        assertThat(get("/vendor/uplot/LICENSE").body()).contains("MIT");
    }

    @Test
    void shouldAnswerJson404ForAnythingElse() throws Exception {
        for (String path : new String[] {"/nope", "/ui/", "/ui/../../etc/passwd", "/ui/missing.js",
            "/vendor/uplot/package.json", "/vendor/uplot/../../../maven/org.webjars.npm/uplot/pom.xml"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
        }
    }

    @Test
    void shouldRefuseWrites() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + "/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
    }
}
