package io.mediamon.common.streams;

import io.mediamon.common.event.DeadLetter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka refused an output record (too large, cannot be serialised, …): the record goes to the dead-letter
 * topic with stage {@code produce} and the reason, and processing resumes. Retriable errors are retried.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private HandlerSettings settings;

    @Override
    public void configure(Map<String, ?> configs) {
        this.settings = HandlerSettings.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        return resume(context, record, "Kafka refused the output record for " + record.topic() + ": "
                + exception.getClass().getSimpleName() + ": " + exception.getMessage(), exception);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                             Exception exception, SerializationExceptionOrigin origin) {
        return resume(context, null, "cannot serialise the " + origin.name().toLowerCase() + " of an output record for "
                + record.topic() + ": " + exception.getMessage(), exception);
    }

    private Response resume(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, String reason,
                            Exception exception) {
        byte[] payload = record != null && record.value() != null ? record.value() : context.sourceRawValue();
        DeadLetter letter = DeadLetters.of(settings.service, DeadLetter.Stage.PRODUCE, context.topic(),
                context.partition(), context.offset(), HandlerSettings.text(context.sourceRawKey()), payload,
                reason, exception);
        LOG.warn("{}: output of {}/{}@{} sent to dead letters: {}", settings.service, context.topic(),
                context.partition(), context.offset(), letter.reason());
        return Response.resume(List.of(DeadLetters.record(settings.deadLetterTopic, letter)));
    }
}
