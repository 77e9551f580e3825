package io.mediamon.common.streams;

import io.mediamon.common.event.DeadLetter;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Caps what a topology writes: a value whose serialised form exceeds {@code maxBytes} becomes a dead letter
 * with stage {@code record_size} instead of reaching a sink, where the producer would refuse it. Values
 * that already failed pass through unchanged.
 */
public final class RecordSizeGuard<V> implements FixedKeyProcessor<String, Decoded<V>, Decoded<V>> {
    private final String service;
    private final Serializer<V> serializer;
    private final int maxBytes;
    private FixedKeyProcessorContext<String, Decoded<V>> context;

    public RecordSizeGuard(String service, Serializer<V> serializer, int maxBytes) {
        this.service = service;
        this.serializer = serializer;
        this.maxBytes = maxBytes;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Decoded<V>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Decoded<V>> record) {
        Decoded<V> value = record.value();
        if (value == null || !value.isOk()) {
            context.forward(record);
            return;
        }
        byte[] bytes = serializer.serialize(null, value.value());
        if (bytes != null && bytes.length > maxBytes) {
            context.forward(record.withValue(Decoded.failed(DeadLetters.of(service, DeadLetter.Stage.RECORD_SIZE,
                    context.recordMetadata().orElse(null), record.key(), bytes,
                    "output record of " + bytes.length + " bytes exceeds the cap of " + maxBytes
                            + " bytes (MEDIAMON_STREAMS_MAX_RECORD_BYTES)", null))));
            return;
        }
        context.forward(record);
    }
}
