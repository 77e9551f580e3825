package io.mediamon.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds source packages without a {@code package-info.java}, for the architecture tests. */
public final class PackageInfos {
    private PackageInfos() {
    }

    /** Every directory under {@code root} that holds Java sources but no {@code package-info.java}. */
    public static List<Path> missing(Path root) {
        try (Stream<Path> dirs = Files.walk(root)) {
            return dirs.filter(Files::isDirectory).filter(PackageInfos::holdsJava)
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
