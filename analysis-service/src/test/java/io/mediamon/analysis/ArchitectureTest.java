package io.mediamon.analysis;

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
 * The analysis code's shape: one package per stage, stages that know nothing of the pipeline that runs them or of
 * Kafka Streams, one text model at the bottom, no cycles, and a stated purpose per package.
 */
@AnalyzeClasses(packages = "io.mediamon.analysis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("io.mediamon.analysis..")
            .layer("Service").definedBy("io.mediamon.analysis")
            .layer("Topology").definedBy("io.mediamon.analysis.topology..")
            .layer("Pipeline").definedBy("io.mediamon.analysis.pipeline..")
            .layer("Stages").definedBy("io.mediamon.analysis.clean..", "io.mediamon.analysis.entity..",
                    "io.mediamon.analysis.topic..", "io.mediamon.analysis.sentiment..", "io.mediamon.analysis.story..",
                    "io.mediamon.analysis.encoder..")
            .layer("Text").definedBy("io.mediamon.analysis.text..")
            .layer("Config").definedBy("io.mediamon.analysis.config..")
            .whereLayer("Service").mayNotBeAccessedByAnyLayer()
            .whereLayer("Topology").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("Topology", "Service")
            .whereLayer("Text").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule noCycles = slices().matching("io.mediamon.analysis.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule stagesDoNotKnowKafkaStreams = noClasses().that().resideInAnyPackage(
                    "io.mediamon.analysis.clean..", "io.mediamon.analysis.entity..", "io.mediamon.analysis.topic..",
                    "io.mediamon.analysis.sentiment..", "io.mediamon.analysis.story..", "io.mediamon.analysis.encoder..",
                    "io.mediamon.analysis.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka.streams..");

    @ArchTest
    static final ArchRule serviceCodeHasNoLabOrLauncher = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.mediamon.lab..", "io.mediamon.launcher..");

    @Test
    void shouldGiveEveryPackageAPackageInfo() {
        assertThat(PackageInfos.missing(Path.of("src/main/java/io/mediamon/analysis"))).isEmpty();
    }
}
