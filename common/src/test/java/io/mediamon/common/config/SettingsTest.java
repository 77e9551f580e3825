package io.mediamon.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.common.topic.TopicCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void shouldReadTypedValuesWithDefaults() {
        Settings settings = Settings.from(Map.of("A", "12", "B", "30s", "C", "yes", "D", "x, y,,z"));

        assertThat(settings.integer("A", 1, 0, 100)).isEqualTo(12);
        assertThat(settings.duration("B", Duration.ZERO)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.bool("C", false)).isTrue();
        assertThat(settings.list("D", null)).containsExactly("x", "y", "z");
        assertThat(settings.integer("MISSING", 7, 0, 10)).isEqualTo(7);
        settings.validate();
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        Settings settings = Settings.from(Map.of("PORT", "99999", "WAIT", "soon", "FLAG", "maybe"));
        settings.integer("PORT", 8080, 0, 65535);
        settings.duration("WAIT", Duration.ZERO);
        settings.bool("FLAG", false);

        assertThatThrownBy(settings::validate).isInstanceOf(ConfigException.class)
                .hasMessageContaining("PORT=99999 must be between 0 and 65535")
                .hasMessageContaining("WAIT=soon is not a duration")
                .hasMessageContaining("FLAG=maybe must be true or false");
    }

    @Test
    void shouldLetAPropertiesFileOverrideTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mediamon.properties");
        Files.writeString(file, "KAFKA_BOOTSTRAP_SERVERS=file:9092\nMEDIAMON_TOPIC_ALERTS=custom.alerts\n");
        Settings settings = Settings.from(Map.of("MEDIAMON_CONFIG", file.toString(),
                "KAFKA_BOOTSTRAP_SERVERS", "env:9092", "KAFKA_SASL_MECHANISM", "PLAIN"));

        KafkaSettings kafka = KafkaSettings.from(settings, null);

        assertThat(kafka.bootstrapServers()).isEqualTo("file:9092");
        assertThat(kafka.topics().alerts().name()).isEqualTo("custom.alerts");
        assertThat(kafka.topics().articlesRaw().name())
                .isEqualTo(TopicCatalogue.defaultName(TopicCatalogue.ARTICLES_RAW));
        assertThat(kafka.clientProperties()).containsEntry("sasl.mechanism", "PLAIN");
    }

    @Test
    void shouldRequireABootstrapAddressWhenThereIsNoDefault() {
        Settings settings = Settings.from(Map.of());
        KafkaSettings.from(settings, null);

        assertThatThrownBy(settings::validate).hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS is required");
    }
}
