package io.mediamon.launcher.bench;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.streams.StreamsDefaults;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The limit the pipeline is measured against: a Streams app with the same settings (exactly-once v2, same
 * threads, same partitions) that copies the raw articles to another topic untouched.
 */
final class PassThroughApp {
    private PassThroughApp() {
    }

    static Topology topology(Properties props, String from, String to) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        builder.stream(from, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("bench-source"))
                .to(to, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("bench-sink"));
        return builder.build();
    }

    static KafkaStreams start(KafkaSettings kafka, Path stateDir, int threads, String from, String to) {
        Properties props = StreamsDefaults.properties("mediamon-bench-passthrough", kafka, stateDir, threads);
        KafkaStreams streams = new KafkaStreams(topology(props, from, to), props);
        streams.start();
        return streams;
    }
}
