package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.serde.Json;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.demo.DemoRunner;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page at {@code /} in a real headless Chromium after the demo's feed: it shows the TikTok spike alert and the
 * watched entities. Saves a screenshot to {@code target/page.png}. Skipped when no Chromium is installed
 * ({@code apt-get install chromium}; {@code .ci/run} installs it).
 */
class PageIT {
    private static final Pattern ALERT_ITEM = Pattern.compile(
            "<li class=\"alert sev-[a-z]+\" data-entity=\"([^\"]+)\"[^>]*>(.*?)</li>\\s*(?=<li class=\"alert|</ol>)",
            Pattern.DOTALL);

    @Test
    @Timeout(360)
    void shouldShowTheDemosTikTokAlertAndTheWatchlistInHeadlessChromium(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "no chromium on PATH (apt-get install chromium)");
        TestEnvironment env = TestEnvironment.create("page", 1);
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers())) {
            Instant burstHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
            new DemoRunner(pipeline, env.settings(), env.bootstrapServers(),
                    new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                    .run(Path.of("../seeds"), 48, 1.5, 25);
            String url = "http://localhost:" + pipeline.alert().port() + "/";
            // The demo waits a bounded time for its alert; on a busy machine, wait at the API for the burst's
            // alert itself (the baseline may have raised an earlier one).
            HttpClient http = HttpClient.newHttpClient();
            Awaitility.await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    burstAlertIsOut(http.send(HttpRequest.newBuilder(URI.create(url + "alerts/recent")).build(),
                            HttpResponse.BodyHandlers.ofString()).body(), burstHour));

            String dom = run(chromium.get(), dir.resolve("profile-dom"), "--dump-dom", url);
            assertThat(dom).contains("data-ready=\"true\"").contains("Live feed: connected");
            List<String> tiktokAlerts = new ArrayList<>();
            Matcher alert = ALERT_ITEM.matcher(dom);
            while (alert.find()) {
                if (DemoRunner.BURST_ENTITY_ID.equals(alert.group(1))) {
                    tiktokAlerts.add(alert.group(2));
                }
            }
            assertThat(tiktokAlerts).anySatisfy(item -> assertThat(item)
                    .contains("<strong class=\"entity\">TikTok</strong>").contains("<span class=\"type\">spike</span>")
                    .contains("unique stories about TikTok"));
            assertThat(dom).contains("<li class=\"watch\" data-entity=\"Q48938223\"><span class=\"name\">TikTok</span>")
                    .contains("data-entity=\"Q148\"").contains("<h2 id=\"entity-h\">Entity: TikTok</h2>")
                    .contains("<mark>TikTok</mark>")
                    .doesNotContain("id=\"alerts-empty\" class=\"empty\">");
            if (!dom.contains("The coverage query API is not available")) {
                // With the query API present, the demo's TikTok coverage must be drawn: uPlot adds its root div.
                assertThat(dom).contains("class=\"uplot").contains("Peak: ");
            }

            Path screenshot = Path.of("target", "page.png").toAbsolutePath();
            Files.createDirectories(screenshot.getParent());
            Files.deleteIfExists(screenshot);
            run(chromium.get(), dir.resolve("profile-shot"), "--window-size=1400,1300", "--hide-scrollbars",
                    "--screenshot=" + screenshot, url);
            assertThat(screenshot).exists();
            assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        }
    }

    /** True when the recent alerts hold a TikTok spike for the burst's hour (or a later one). */
    private static boolean burstAlertIsOut(String body, Instant burstHour) throws IOException {
        for (JsonNode event : Json.mapper().readTree(body).path("alerts")) {
            JsonNode alert = event.path("data");
            if (DemoRunner.BURST_ENTITY_ID.equals(alert.path("entityId").asText())
                    && "spike".equals(alert.path("type").asText()) && alert.path("windowStart").isTextual()
                    && !Instant.parse(alert.path("windowStart").asText()).isBefore(burstHour)) {
                return true;
            }
        }
        return false;
    }

    /** Runs headless Chromium on a fresh profile and returns its standard output (the DOM with --dump-dom). */
    private static String run(Path chromium, Path profile, String... args) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        command.addAll(List.of(args));
        Path out = profile.resolve("stdout.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(profile.resolve("stderr.txt").toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish within 90 s: " + command);
        }
        assertThat(process.exitValue()).as("chromium exit status; stderr in " + profile).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        try (Stream<String> dirs = Stream.of(path.split(File.pathSeparator))) {
            return dirs.flatMap(d -> Stream.of("chromium", "chromium-browser").map(n -> Path.of(d, n)))
                    .filter(Files::isExecutable).findFirst();
        }
    }
}
