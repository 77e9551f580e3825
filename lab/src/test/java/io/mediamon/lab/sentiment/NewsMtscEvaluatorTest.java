package io.mediamon.lab.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.common.event.SentimentLabel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsMtscEvaluatorTest {

    @Test
    void shouldPrintTheMatrixAndEndWithOneJsonLine(@TempDir Path dir) throws IOException {
        Path data = NewsMtscTrainerTest.syntheticData(dir);
        TargetScorer alwaysNeutral = (text, sentence, target) -> new TargetScore(SentimentLabel.NEUTRAL, 0.0, 1.0, List.of());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        EvalReport report = NewsMtscEvaluator.evaluate(data, alwaysNeutral,
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String[] lines = buffer.toString(StandardCharsets.UTF_8).strip().split("\\R");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("f1_macro", "accuracy", "n", "targets_per_second", "baseline_f1_macro");
        assertThat(json.get("n").asInt()).isEqualTo(120);
        assertThat(json.get("accuracy").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(json.get("baseline_f1_macro").asDouble()).isGreaterThan(json.get("f1_macro").asDouble());
        assertThat(report.n()).isEqualTo(120);
        assertThat(report.targetsPerSecond()).isPositive();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("gold\\pred", "negative", "precision");
    }
}
