package io.mediamon.analysis.topology;

import io.mediamon.common.event.DeadLetter;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Counts dead letters by the stage that rejected them (undecodable, invalid, analysis failed). */
final class DeadLetterCounter implements FixedKeyProcessor<String, DeadLetter, DeadLetter> {
    private final AnalysisMeters meters;
    private FixedKeyProcessorContext<String, DeadLetter> context;

    DeadLetterCounter(AnalysisMeters meters) {
        this.meters = meters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DeadLetter> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, DeadLetter> record) {
        String reason = record.value().reason();
        int colon = reason == null ? -1 : reason.indexOf(':');
        meters.deadLetter(colon > 0 ? reason.substring(0, colon).replace(' ', '_') : "unknown");
        context.forward(record);
    }
}
