package io.mediamon.common.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.serde.JsonSerde;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

class DeadLetterHandlersTest {
    private static final java.time.Instant T0 = java.time.Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void shouldSendARecordWhoseProcessorThrowsToDeadLettersAndProcessTheNext() throws Exception {
        KafkaSettings kafka = KafkaSettings.from(Settings.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", "unused:9092")),
                null);
        Properties props = StreamsDefaults.properties("test-service", "test-app", kafka,
                Files.createTempDirectory("handlers"), 1);
        StateSizeGuard<String> guard = new StateSizeGuard<>("test-store", new StringSerializer(), 10);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("in-source"))
                .mapValues(value -> {
                    if (value.equals("boom")) {
                        throw new IllegalStateException("cannot handle boom");
                    }
                    guard.check("k", value);
                    return value.toUpperCase();
                }, Named.as("upper"))
                .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("out-sink"));
        String deadLetterTopic = kafka.topics().deadLetters().name();
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(),
                    new StringSerializer(), T0, java.time.Duration.ofSeconds(1));
            TestOutputTopic<String, String> out = driver.createOutputTopic("out", new StringDeserializer(),
                    new StringDeserializer());
            TestOutputTopic<String, DeadLetter> letters = driver.createOutputTopic(deadLetterTopic,
                    new StringDeserializer(), JsonSerde.of(DeadLetter.class));
            in.pipeInput("a", "boom");
            in.pipeInput("b", "far too long for the state bound");
            in.pipeInput("c", "fine");

            assertThat(out.readValuesToList()).containsExactly("FINE");
            List<DeadLetter> dead = letters.readValuesToList();
            assertThat(dead).extracting(DeadLetter::stage)
                    .containsExactly(DeadLetter.Stage.PROCESS, DeadLetter.Stage.STATE_SIZE);
            assertThat(dead.get(0).reason()).contains("cannot handle boom").contains("upper");
            assertThat(dead.get(0).payload()).isEqualTo("boom");
            assertThat(dead.get(0).service()).isEqualTo("test-service");
            assertThat(dead.get(1).reason()).contains("over the bound of 10 bytes");
            assertThat(dead.get(1).key()).isEqualTo("b");
        }
    }
}
