package io.mediamon.alert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.mediamon.testkit.PackageInfos;
import java.nio.file.Path;
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
    void shouldGiveEveryPackageAPackageInfo() {
        assertThat(PackageInfos.missing(Path.of("src/main/java/io/mediamon/alert"))).isEmpty();
    }
}
