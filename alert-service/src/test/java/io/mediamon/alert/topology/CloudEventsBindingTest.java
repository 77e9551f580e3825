package io.mediamon.alert.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.serde.Json;
import io.mediamon.common.topic.TopicCatalogue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alert records in both CloudEvents Kafka modes, read back through the official CloudEvents SDK. */
class CloudEventsBindingTest {
    private static final long HOUR = 3_600_000L;
    private static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();

    @TempDir
    Path stateDir;

    private List<TestRecord<String, byte[]>> spikeRecords(String mode) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "unused:9092");
        env.put("MEDIAMON_ALERT_STATE_DIR", stateDir.resolve(mode).toString());
        env.put("MEDIAMON_ALERT_CLOUDEVENTS_MODE", mode);
        env.put("MEDIAMON_ALERT_MIN_HISTORY", "6");
        AlertConfig config = AlertConfig.load(Settings.from(env), null);
        try (TopologyTestDriver driver = new TopologyTestDriver(AlertTopology.build(config, new SpikeDetector(),
                new AlertMeters(new SimpleMeterRegistry())), AlertTopology.properties(config))) {
            TopicCatalogue topics = config.kafka().topics();
            TestInputTopic<String, Mention> mentions = driver.createInputTopic(topics.mentions().name(),
                    Serdes.String().serializer(), topics.mentions().valueSerde().serializer());
            TestInputTopic<String, WatchRule> watchlist = driver.createInputTopic(topics.watchlist().name(),
                    Serdes.String().serializer(), topics.watchlist().valueSerde().serializer());
            watchlist.pipeInput("Q148", new WatchRule("Q148", "China", 1.0, true), Instant.ofEpochMilli(T0));
            int n = 0;
            for (int h = 0; h < 12; h++) {
                Instant at = Instant.ofEpochMilli(T0 + h * HOUR + HOUR / 2);
                mentions.pipeInput("Q148", mention("a" + n++, at), at);
            }
            for (int i = 0; i < 30; i++) {
                Instant at = Instant.ofEpochMilli(T0 + 12 * HOUR + i * 60_000L);
                mentions.pipeInput("Q148", mention("a" + n++, at), at);
            }
            TestOutputTopic<String, byte[]> alerts = driver.createOutputTopic(topics.alerts().name(),
                    Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
            return alerts.readRecordsToList();
        }
    }

    private static Mention mention(String article, Instant at) {
        return new Mention("Q148", "China", article, article, false, "x.example", "Story " + article, at, at,
                new Sentiment(SentimentLabel.NEUTRAL, 0.0, 0.5), List.of());
    }

    private static CloudEvent read(TestRecord<String, byte[]> record) {
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            return deserializer.deserialize("mediamon.alerts", record.headers(), record.value());
        }
    }

    @Test
    void shouldWriteStructuredCloudEventsByDefault() throws Exception {
        List<TestRecord<String, byte[]>> records = spikeRecords("structured");

        assertThat(records).isNotEmpty();
        TestRecord<String, byte[]> first = records.get(0);
        assertThat(new String(first.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
        assertThat(first.headers().lastHeader("ce_id")).isNull();
        CloudEvent event = read(first);
        assertThat(event.getType()).isEqualTo("io.mediamon.alert.spike");
        assertThat(event.getDataSchema()).hasToString(AlertEvent.DATA_SCHEMA);
        assertThat(Json.mapper().readTree(event.getData().toBytes()).path("status").asText()).isEqualTo("open");
        // the whole event is the value, as subscribers of the structured topic read it
        assertThat(Json.mapper().readValue(first.value(), AlertEvent.class).id()).isEqualTo(event.getId());
    }

    @Test
    void shouldWriteBinaryCloudEventsWhenConfigured() throws Exception {
        List<TestRecord<String, byte[]>> records = spikeRecords("binary");

        assertThat(records).isNotEmpty();
        TestRecord<String, byte[]> first = records.get(0);
        assertThat(new String(first.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/json");
        assertThat(new String(first.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("io.mediamon.alert.spike");
        CloudEvent event = read(first);
        assertThat(event.getSubject()).isEqualTo("Q148");
        assertThat(event.getDataSchema()).hasToString(AlertEvent.DATA_SCHEMA);
        assertThat(Json.mapper().readTree(first.value()).path("alertId").asText()).isNotBlank();
        assertThat(Json.mapper().readTree(event.getData().toBytes()).path("type").asText()).isEqualTo("spike");
    }
}
