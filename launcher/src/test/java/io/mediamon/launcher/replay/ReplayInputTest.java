package io.mediamon.launcher.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayInputTest {
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @Test
    void shouldSortByPublicationTimeWithUndatedAndUnreadableLinesLastInInputOrder(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"title\":\"late\",\"body\":\"b\",\"publishedAt\":\"2026-03-02T10:00:00Z\"}",
                "not json",
                "{\"title\":\"undated\",\"body\":\"b\"}",
                "",
                "{\"title\":\"early\",\"body\":\"b\",\"date\":\"Sun, 01 Mar 2026 09:00:00 GMT\"}",
                "{\"title\":\"same\",\"body\":\"b\",\"publishedAt\":\"2026-03-02T10:00:00Z\"}"));
        ReplayInput input = ReplayInput.read(file.toString(), NO_STDIN);
        assertThat(input.items()).extracting(ReplayItem::location)
                .containsExactly("a.jsonl:5", "a.jsonl:1", "a.jsonl:6", "a.jsonl:2", "a.jsonl:3");
        assertThat(input.items().get(0).eventTime()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(input.items().get(3).eventTime()).isNull();
    }

    @Test
    void shouldReadADirectoryOfTextAndNdjsonFilesAndIgnoreOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("001.txt"), "# A headline\n\nThe body of the article.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"title\":\"t\",\"body\":\"b\",\"publishedAt\":\"2026-01-01\"}\n");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        ReplayInput input = ReplayInput.read(dir.toString(), NO_STDIN);
        assertThat(input.items()).extracting(ReplayItem::location).containsExactly("b.jsonl:1", "001.txt");
        assertThat(input.items().get(1).line()).contains("\"title\":\"A headline\"")
                .contains("The body of the article.");
    }

    @Test
    void shouldGiveTheSameFingerprintToTheSameInputAndAnotherToOtherInput(@TempDir Path dir) throws IOException {
        String text = "{\"title\":\"t\",\"body\":\"b\"}\n";
        String fromStdin = ReplayInput.read("-", stdin(text)).fingerprint();
        assertThat(ReplayInput.read("-", stdin(text)).fingerprint()).isEqualTo(fromStdin).hasSize(64);
        assertThat(ReplayInput.read("-", stdin(text + text)).fingerprint()).isNotEqualTo(fromStdin);
        Path file = dir.resolve("x.jsonl");
        Files.writeString(file, text);
        Path moved = Files.createDirectories(dir.resolve("elsewhere")).resolve("x.jsonl");
        Files.writeString(moved, text);
        assertThat(ReplayInput.read(moved.toString(), NO_STDIN).fingerprint())
                .isEqualTo(ReplayInput.read(file.toString(), NO_STDIN).fingerprint());
    }

    @Test
    void shouldRefuseAMissingPathAndAnEmptyDirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> ReplayInput.read(dir.resolve("nope").toString(), NO_STDIN))
                .isInstanceOf(IOException.class).hasMessageContaining("neither a file nor a directory");
        assertThatThrownBy(() -> ReplayInput.read(dir.toString(), NO_STDIN))
                .isInstanceOf(IOException.class).hasMessageContaining("no .txt or .jsonl files");
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
