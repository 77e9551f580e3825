package io.mediamon.lab.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evaluates the committed default model on the NewsMTSC dev files. Skipped when the shared data is absent. The data
 * is found under {@code MEDIAMON_SHARED} (system property or environment variable; the shared folder or its
 * newsmtsc sub-folder), else under {@code ../../shared} relative to this module.
 */
class NewsMtscDevSetTest {

    private static final String PROPERTY = "MEDIAMON_SHARED";

    static Path newsMtscDir() {
        String configured = System.getProperty(PROPERTY, System.getenv(PROPERTY));
        Path shared = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../shared");
        Path nested = shared.resolve("newsmtsc");
        return Files.isDirectory(nested) ? nested : shared;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev-mt.jsonl", "dev-rw.jsonl"})
    void shouldReachMacroF1OfAtLeast065OnDevSets(String fileName) throws IOException {
        Path file = newsMtscDir().resolve(fileName);
        assumeTrue(Files.isRegularFile(file), "NewsMTSC dev data not found at " + file.toAbsolutePath());

        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        EvalReport report = NewsMtscEvaluator.evaluate(file, LearnedTargetScorer.loadDefault(),
                new PrintStream(sink, true, StandardCharsets.UTF_8));

        assertThat(report.n()).isGreaterThan(300);
        assertThat(report.f1Macro()).isGreaterThanOrEqualTo(0.65);
        assertThat(report.f1Macro()).isGreaterThan(report.baselineF1Macro());
    }
}
