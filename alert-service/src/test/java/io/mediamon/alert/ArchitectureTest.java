package io.mediamon.alert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * alert-service's shape: the detector is pure (no Kafka, no other package), delivery and the HTTP API sit beside
 * the coverage stage rather than inside it, no package cycles, and a stated purpose per package.
 */
@AnalyzeClasses(packages = "io.mediamon.alert", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("io.mediamon.alert..")
            .layer("Service").definedBy("io.mediamon.alert")
            .layer("Topology").definedBy("io.mediamon.alert.topology..")
            .layer("Http").definedBy("io.mediamon.alert.http..", "io.mediamon.alert.query..")
            .layer("Delivery").definedBy("io.mediamon.alert.delivery..")
            .layer("Coverage").definedBy("io.mediamon.alert.coverage..")
            .layer("Detect").definedBy("io.mediamon.alert.detect..")
            .layer("Model").definedBy("io.mediamon.alert.model..")
            .layer("Config").definedBy("io.mediamon.alert.config..")
            .whereLayer("Service").mayNotBeAccessedByAnyLayer()
            .whereLayer("Delivery").mayOnlyBeAccessedByLayers("Service", "Http")
            .whereLayer("Detect").mayNotAccessAnyLayer()
            .whereLayer("Model").mayNotAccessAnyLayer()
            .whereLayer("Config").mayOnlyAccessLayers("Model");

    @ArchTest
    static final ArchRule noCycles = slices().matching("io.mediamon.alert.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule detectorKnowsNoKafka = noClasses().that().resideInAPackage("io.mediamon.alert.detect..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..");

    @ArchTest
    static final ArchRule serviceCodeHasNoLabOrLauncher = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.mediamon.lab..", "io.mediamon.launcher..");

    @Test
    void shouldGiveEveryPackageAPackageInfo() throws IOException {
        Path root = Path.of("src/main/java/io/mediamon/alert");
        try (Stream<Path> dirs = Files.walk(root)) {
            List<Path> missing = dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava)
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java"))).toList();
            assertThat(missing).isEmpty();
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
