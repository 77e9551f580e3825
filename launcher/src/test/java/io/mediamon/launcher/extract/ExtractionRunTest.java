package io.mediamon.launcher.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.ingest.page.PageExtractor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionRunTest {
    private static final String PAGE = "<html><head><title>Harbour</title></head><body><article><p>"
            + "The council voted on Tuesday to expand the harbour, a plan that has divided residents for years."
            .repeat(4) + "</p></article></body></html>";

    @Test
    void shouldTimeEveryPassOfEveryExtractorAndKeepTheFirstPassResults() {
        List<ExtractionRun> runs = ExtractionRun.measure(
                List.of(new PageExtractor(), PageExtractor.stockReadability()), PageCleaner.NONE,
                List.of("a", "b"), List.of(PAGE, PAGE), Map.of("a", "The council voted on Tuesday"), 3, 10);

        assertThat(runs).hasSize(2);
        for (ExtractionRun run : runs) {
            assertThat(run.passSeconds()).hasSize(3);
            assertThat(Arrays.stream(run.passSeconds()).min().orElseThrow()).isPositive();
            assertThat(run.results()).containsOnlyKeys("a", "b");
            assertThat(run.results().get("a").path("articleBody").asText()).contains("expand the harbour");
            assertThat(run.scored()).isEqualTo(1);
            assertThat(run.recall()).isEqualTo(1.0);
            assertThat(run.json()).contains("\"passes\":3");
        }
    }

    @Test
    void shouldReportTheMedianPass() {
        ExtractionRun odd = new ExtractionRun(Map.of(), 10, 0, new double[] {0.5, 0.1, 0.2}, 1, 1, 0, 0, 0, 0);
        ExtractionRun even = new ExtractionRun(Map.of(), 10, 0, new double[] {0.4, 0.1, 0.2, 0.3}, 1, 1, 0, 0, 0, 0);

        assertThat(odd.cpuSeconds()).isEqualTo(0.2);
        assertThat(odd.pagesPerCpuSecond()).isEqualTo(50.0);
        assertThat(even.cpuSeconds()).isEqualTo(0.25);
        assertThat(odd.describe("x", 100)).contains("passes 20.0, 100.0, 50.0").contains("NOT met");
    }
}
