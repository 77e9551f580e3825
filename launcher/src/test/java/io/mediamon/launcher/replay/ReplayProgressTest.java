package io.mediamon.launcher.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayProgressTest {
    private static final String INPUT = "ab".repeat(32);

    @Test
    void shouldResumeOnlyForTheSameInput(@TempDir Path dir) throws IOException {
        ReplayProgress progress = ReplayProgress.in(dir.resolve("replay"), INPUT);
        assertThat(progress.done(INPUT, 10)).isZero();
        progress.save(INPUT, 10, 4);
        assertThat(progress.file().getFileName().toString()).isEqualTo("abababababababab.json");
        assertThat(progress.done(INPUT, 10)).isEqualTo(4);
        assertThat(progress.done("cd".repeat(32), 10)).isZero();
        assertThat(progress.done(INPUT, 3)).isEqualTo(3);
        try (var listing = Files.list(progress.file().getParent())) {
            assertThat(listing).hasSize(1);
        }
    }

    @Test
    void shouldSayHowToRecoverFromAnUnreadableFile(@TempDir Path dir) throws IOException {
        ReplayProgress progress = new ReplayProgress(dir.resolve("p.json"));
        Files.writeString(progress.file(), "{broken");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> progress.done(INPUT, 10))
                .isInstanceOf(IOException.class).hasMessageContaining("--restart");
    }
}
