package io.mediamon.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed articles in the project's {@code seeds/} directory: the first non-blank line is the title, the rest the
 * body. Found from the module directory a test runs in ({@code ../seeds}) or from the project root.
 */
public final class Seeds {

    /** One seed article. */
    public record Seed(String name, String title, String body) {
    }

    private Seeds() {
    }

    public static Path dir() {
        Path sibling = Path.of("..", "seeds");
        return Files.isDirectory(sibling) ? sibling : Path.of("seeds");
    }

    /** The seed whose file name starts with {@code prefix} ("000", "004"). */
    public static Seed load(String prefix) {
        return all().stream().filter(s -> s.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + dir().toAbsolutePath()));
    }

    /** Every seed, in file-name order. */
    public static List<Seed> all() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().map(Seeds::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Seed read(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).stripLeading();
            int newline = content.indexOf('\n');
            return new Seed(file.getFileName().toString(), content.substring(0, newline).strip(),
                    content.substring(newline + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
