package io.mediamon.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates the repository's {@code docker-compose.yml} with the real Compose tool ({@code docker-compose}, or
 * the {@code docker compose} plugin), which needs no Docker engine for {@code config}. Skipped when neither is
 * installed (Debian: {@code apt-get install -y docker-compose}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DockerComposeConfigTest {
    private static List<String> compose;
    private static Path composeFile;

    @BeforeAll
    static void findComposeAndFile() throws Exception {
        compose = composeCommand();
        composeFile = findUpwards(Path.of("").toAbsolutePath(), "docker-compose.yml");
    }

    @BeforeEach
    void needsCompose() {
        Assumptions.assumeTrue(compose != null,
                "neither docker-compose nor the docker compose plugin is installed: skipping");
        assertThat(composeFile).as("docker-compose.yml in the repository root").isNotNull();
    }

    @Test
    void composeFileIsValid() throws Exception {
        Result result = run(composeFile, "config", "-q");

        assertThat(result.exitCode()).as("%s config -q said:%n%s", compose, result.output()).isZero();
    }

    @Test
    void composeFileDefinesTheWholeStack() throws Exception {
        Result result = run(composeFile, "config", "--services");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().lines().map(String::trim).toList())
                .contains("kafka", "ingest", "analysis", "alert", "prometheus", "grafana");
    }

    @Test
    void theCheckRejectsAnInvalidFile(@TempDir Path dir) throws Exception {
        String broken = Files.readString(composeFile, StandardCharsets.UTF_8)
                .replace("condition: service_healthy", "condition: service_bogus");
        Path file = Files.writeString(dir.resolve("docker-compose.yml"), broken, StandardCharsets.UTF_8);

        Result result = run(file, "config", "-q");

        assertThat(result.exitCode()).as("a depends_on condition Compose does not know must be refused")
                .isNotZero();
        assertThat(result.output()).contains("service_bogus");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path file, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(compose);
        command.add("-f");
        command.add(file.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // the compose file requires these; any value will do for validating it
        builder.environment().putIfAbsent("GRAFANA_ADMIN_PASSWORD", "compose-config-check");
        Process process = builder
                .directory(file.getParent().toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 60s");
        }
        return new Result(process.exitValue(), output);
    }

    /** {@code docker-compose} if on PATH, else {@code docker compose} if that plugin answers, else null. */
    private static List<String> composeCommand() throws InterruptedException {
        if (onPath("docker-compose")) {
            return List.of("docker-compose");
        }
        if (onPath("docker")) {
            try {
                Process probe = new ProcessBuilder("docker", "compose", "version")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return List.of("docker", "compose");
                }
                probe.destroyForcibly();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static Path findUpwards(Path start, String name) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        return null;
    }
}
