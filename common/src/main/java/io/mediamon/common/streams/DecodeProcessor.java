package io.mediamon.common.streams;

import io.mediamon.common.event.DeadLetter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes raw bytes and validates them; a record that fails either step becomes a dead letter carrying
 * its source topic, partition, offset and the reason, so that the records after it are still processed.
 */
public final class DecodeProcessor<V> implements FixedKeyProcessor<String, byte[], Decoded<V>> {
    private final String service;
    private final Deserializer<V> deserializer;
    private final RecordValidator<V> validator;
    private FixedKeyProcessorContext<String, Decoded<V>> context;

    public DecodeProcessor(String service, Deserializer<V> deserializer, RecordValidator<V> validator) {
        this.service = service;
        this.deserializer = deserializer;
        this.validator = validator;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Decoded<V>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        RecordMetadata metadata = context.recordMetadata().orElse(null);
        String topic = metadata == null ? null : metadata.topic();
        if (record.value() == null) {
            context.forward(record.withValue(Decoded.failed(DeadLetters.of(service, DeadLetter.Stage.DECODE,
                    metadata, record.key(), null, "empty record (null value)", null))));
            return;
        }
        V value;
        try {
            value = deserializer.deserialize(topic, record.value());
        } catch (SerializationException e) {
            context.forward(record.withValue(Decoded.failed(DeadLetters.of(service,
                    DeadLetter.Stage.DECODE, metadata, record.key(), record.value(), "undecodable: " + e.getMessage(),
                    e))));
            return;
        }
        String problem = validator.problem(value);
        if (problem != null) {
            context.forward(record.withValue(Decoded.failed(DeadLetters.of(service,
                    DeadLetter.Stage.VALIDATE, metadata, record.key(), record.value(), "invalid: " + problem,
                    null))));
            return;
        }
        context.forward(record.withValue(Decoded.ok(value)));
    }
}
