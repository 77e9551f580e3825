package io.mediamon.launcher.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void shouldShowCountPercentRateAndEta() {
        assertThat(ProgressBar.render(120, 400, Duration.ofSeconds(4)))
                .isEqualTo("[#########.....................] 120/400  30% 30.0/s ETA 0:09");
        assertThat(ProgressBar.render(0, 400, Duration.ofSeconds(1))).endsWith("0.0/s ETA --:--");
        assertThat(ProgressBar.render(10, 36_010, Duration.ofSeconds(1))).endsWith("ETA 1:00:00");
        assertThat(ProgressBar.render(0, 0, Duration.ZERO)).contains("0/0 100%");
    }

    @Test
    void shouldDrawNothingWhenNotOnATerminal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), false);
        bar.update(5, 10, true);
        bar.finish();
        assertThat(out.size()).isZero();
    }
}
