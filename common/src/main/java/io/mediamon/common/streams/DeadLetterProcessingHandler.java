package io.mediamon.common.streams;

import io.mediamon.common.event.DeadLetter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A processor (or punctuation) threw on a record: the source record goes to the dead-letter topic with
 * stage {@code process} ({@code state_size} when a {@link StateSizeGuard} refused it) and the reason, in the
 * same transaction, and processing resumes with the next record instead of killing the stream thread.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private HandlerSettings settings;

    @Override
    public void configure(Map<String, ?> configs) {
        this.settings = HandlerSettings.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        DeadLetter.Stage stage = exception instanceof StateSizeGuard.StateSizeExceededException
                ? DeadLetter.Stage.STATE_SIZE : DeadLetter.Stage.PROCESS;
        String reason = (stage == DeadLetter.Stage.STATE_SIZE ? "" : "processing failed in "
                + context.processorNodeId() + ": ") + exception.getClass().getSimpleName() + ": "
                + exception.getMessage();
        DeadLetter letter = DeadLetters.of(settings.service, stage, context.topic(), context.partition(),
                context.offset(), HandlerSettings.text(context.sourceRawKey()), context.sourceRawValue(), reason,
                exception);
        LOG.warn("{}: record {}/{}@{} sent to dead letters ({}): {}", settings.service, context.topic(),
                context.partition(), context.offset(), stage, letter.reason());
        return Response.resume(List.of(DeadLetters.record(settings.deadLetterTopic, letter)));
    }
}
