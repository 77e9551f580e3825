package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.demo.DemoRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What {@code ./mediamon demo --once} does, on the test broker: the demo's baseline, the seeds and the burst over
 * HTTP through all three services on three partitions, with the demo's one-day grace period. The README's first
 * command must end with the seeds tagged and an alert about the burst.
 */
class DemoIT {

    @Test
    @Timeout(300)
    void shouldTagTheSeedsAndAlertOnTheBurstAsTheDemoDoes() throws Exception {
        TestEnvironment env = TestEnvironment.create("demo", 3).with("MEDIAMON_ALERT_GRACE", "1d");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Map<String, Object> report;
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers());
             PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            report = new DemoRunner(pipeline, env.settings(), env.bootstrapServers(), out)
                    .run(Path.of("../seeds"), 72, 1.5, 25);
        }
        String text = printed.toString(StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("WARNING");
        assertThat((List<?>) report.get("articles")).hasSize(5);
        List<?> alerts = (List<?>) report.get("alerts");
        assertThat(alerts).anySatisfy(alert -> {
            Map<?, ?> fields = (Map<?, ?>) alert;
            assertThat(fields.get("entityId")).isEqualTo(DemoRunner.BURST_ENTITY_ID);
            assertThat(fields.get("type")).isEqualTo("spike");
        });
    }
}
