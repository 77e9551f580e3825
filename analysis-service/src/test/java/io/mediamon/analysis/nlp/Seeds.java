package io.mediamon.analysis.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The seed articles in {@code ../seeds/}: the first non-blank line is the title, the rest the body. */
final class Seeds {
    static final Path DIR = Path.of("..", "seeds");

    record Seed(String name, String title, String body) {
    }

    private Seeds() {
    }

    static Seed load(String prefix) {
        try (Stream<Path> files = Files.list(DIR)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + DIR.toAbsolutePath()));
            String content = Files.readString(file, StandardCharsets.UTF_8).stripLeading();
            int newline = content.indexOf('\n');
            return new Seed(file.getFileName().toString(), content.substring(0, newline).strip(),
                    content.substring(newline + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
