package io.mediamon.analysis.topology;

import io.mediamon.common.event.TaggedArticle;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Counts tagged articles and records their ingest-to-tagged latency, forwarding them unchanged. */
final class LatencyRecorder implements FixedKeyProcessor<String, TaggedArticle, TaggedArticle> {
    private final AnalysisMeters meters;
    private FixedKeyProcessorContext<String, TaggedArticle> context;

    LatencyRecorder(AnalysisMeters meters) {
        this.meters = meters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, TaggedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, TaggedArticle> record) {
        meters.tagged(Duration.between(record.value().ingestedAt(), Instant.now()));
        context.forward(record);
    }
}
