package io.mediamon.lab.nab;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.serde.Json;
import io.mediamon.testkit.PoissonDraw;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NabHarnessTest {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static String stamp(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC).format(FORMAT);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }

    @Test
    void writesNabResultFilesAndScoresASyntheticCorpus(@TempDir Path tmp) throws IOException {
        // 3000 five-minute counts around 40 with a daily cycle and one burst at row 2000; a window [1900, 2100].
        Path data = tmp.resolve("data/synthetic");
        Files.createDirectories(data);
        Random rnd = new Random(1);
        Instant t0 = Instant.parse("2015-02-26T00:02:53Z");
        StringBuilder csv = new StringBuilder("timestamp,value\n");
        for (int i = 0; i < 3000; i++) {
            double mean = 40 * (1 + 0.5 * Math.sin(2 * Math.PI * i / 288.0));
            if (i >= 2000 && i < 2010) {
                mean *= 8;
            }
            csv.append(stamp(t0.plusSeconds(300L * i))).append(',')
                    .append(PoissonDraw.sample(rnd, mean)).append('\n');
        }
        Files.writeString(data.resolve("burst.csv"), csv.toString());
        Path windows = tmp.resolve("windows.json");
        Files.writeString(windows, "{\"synthetic/burst.csv\": [[\"" + stamp(t0.plusSeconds(300L * 1900))
                + ".000000\", \"" + stamp(t0.plusSeconds(300L * 2100)) + ".000000\"]]}");

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NabResult result = NabHarness.run(tmp.resolve("data"), tmp.resolve("out"), windows,
                new PrintStream(buf, true, StandardCharsets.UTF_8));

        List<String> rows = Files.readAllLines(tmp.resolve("out/synthetic/mediamon_burst.csv"));
        assertThat(rows).hasSize(3001);
        assertThat(rows.get(0)).isEqualTo("timestamp,value,anomaly_score,label");
        assertThat(rows.get(1)).startsWith("2015-02-26 00:02:53,").endsWith(",0");
        assertThat(rows.get(1901)).endsWith(",1");  // row 1900 is the window's first row
        assertThat(rows.get(2101)).endsWith(",1");  // row 2100 its last
        assertThat(rows.get(2102)).endsWith(",0");
        long labelled = rows.stream().skip(1).filter(r -> r.endsWith(",1")).count();
        assertThat(labelled).isEqualTo(201);
        for (String r : rows.subList(1, rows.size())) {
            double score = Double.parseDouble(r.split(",")[2]);
            assertThat(score).isBetween(0.0, 1.0);
        }

        JsonNode json = Json.mapper().readTree(lastLine(buf.toString(StandardCharsets.UTF_8)));
        assertThat(json.has("standard")).isTrue();
        assertThat(json.has("reward_low_FP_rate")).isTrue();
        assertThat(json.has("reward_low_FN_rate")).isTrue();
        // The burst is found well inside its window and nothing else fires above the chosen threshold.
        assertThat(result.standard()).isGreaterThan(50.0);
        assertThat(json.get("standard").asDouble()).isCloseTo(result.standard(),
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void withoutWindowsOnlyWritesScores(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("data/cat");
        Files.createDirectories(data);
        Files.writeString(data.resolve("a.csv"), "timestamp,value\n2015-01-01 00:00:00,3\n2015-01-01 00:05:00,4\n");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NabResult r = NabHarness.run(tmp.resolve("data"), tmp.resolve("out"), null,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(r.profiles()).isEmpty();
        assertThat(Files.readAllLines(tmp.resolve("out/cat/mediamon_a.csv"))).hasSize(3);
        assertThat(lastLine(buf.toString(StandardCharsets.UTF_8))).startsWith("{");
    }

    /** The shared NAB realTweets folder: MEDIAMON_SHARED (property or env), else a {@code shared} dir above. */
    static Path realTweets() {
        List<Path> candidates = new ArrayList<>();
        for (String root : new String[] {System.getProperty("MEDIAMON_SHARED"), System.getenv("MEDIAMON_SHARED")}) {
            if (root != null && !root.isBlank()) {
                candidates.add(Path.of(root, "nab", "realTweets"));
                candidates.add(Path.of(root, "realTweets"));
            }
        }
        candidates.add(Path.of("../../shared/nab/realTweets"));
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("shared/nab/realTweets"));
        }
        return candidates.stream().filter(p -> Files.isDirectory(p)
                && Files.isRegularFile(p.resolveSibling("realTweets_windows.json"))).findFirst().orElse(null);
    }

    @Test
    void realTweetsStandardScoreStaysAboveItsRegressionFloor(@TempDir Path tmp) throws IOException {
        Path data = realTweets();
        Assumptions.assumeTrue(data != null, "NAB realTweets data not found (set MEDIAMON_SHARED)");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NabResult r = NabHarness.run(data, tmp, data.resolveSibling("realTweets_windows.json"),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String printed = buf.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(r.files()).isEqualTo(10);
        // One parameter set for the whole NAB corpus now (measured 67.8 on realTweets alone); a floor against
        // regressions, not a target.
        assertThat(r.standard()).isGreaterThanOrEqualTo(62.0);
        assertThat(r.score("reward_low_FN_rate")).isGreaterThanOrEqualTo(r.standard());
        JsonNode json = Json.mapper().readTree(lastLine(printed));
        assertThat(json.get("standard").asDouble()).isEqualTo(r.standard(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(Files.list(tmp.resolve("realTweets")).count()).isEqualTo(10);
    }
}
