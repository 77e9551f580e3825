package io.mediamon.common.streams;

import io.mediamon.common.event.DeadLetter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A source record that cannot be deserialised goes to the dead-letter topic with stage {@code decode}. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private HandlerSettings settings;

    @Override
    public void configure(Map<String, ?> configs) {
        this.settings = HandlerSettings.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        DeadLetter letter = DeadLetters.of(settings.service, DeadLetter.Stage.DECODE, record.topic(),
                record.partition(), record.offset(), HandlerSettings.text(record.key()), record.value(),
                "undecodable: " + exception.getMessage(), exception);
        LOG.warn("{}: {}/{}@{} undecodable, sent to dead letters", settings.service, record.topic(),
                record.partition(), record.offset());
        return Response.resume(List.of(DeadLetters.record(settings.deadLetterTopic, letter)));
    }
}
