package io.mediamon.common.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A record that could not be processed, with the stage that refused it and the reason. Nothing is dropped
 * silently.
 *
 * @param stage   which step refused the record
 * @param payload the original bytes as UTF-8 text (possibly lossy), truncated to a bounded size
 */
public record DeadLetter(
        String service,
        Stage stage,
        String sourceTopic,
        int partition,
        long offset,
        String key,
        String reason,
        String error,
        String payload,
        Instant failedAt) {

    /** The step at which a record failed. */
    public enum Stage {
        /** bytes that are not a valid record of the topic's type */
        @JsonProperty("decode") DECODE,
        /** a decoded record that breaks a rule (missing field, bad value) */
        @JsonProperty("validate") VALIDATE,
        /** input refused by ingest (files, feeds) */
        @JsonProperty("ingest") INGEST,
        /** the language pipeline failed on the record */
        @JsonProperty("analyze") ANALYZE,
        /** a processor threw; caught by the Streams processing exception handler */
        @JsonProperty("process") PROCESS,
        /** what the record would produce is larger than the cap on written records */
        @JsonProperty("record_size") RECORD_SIZE,
        /** the record would grow a state entry past its byte bound */
        @JsonProperty("state_size") STATE_SIZE,
        /** Kafka refused to take the output record; caught by the Streams production exception handler */
        @JsonProperty("produce") PRODUCE,
        /** an alert delivery that still failed after its retries */
        @JsonProperty("delivery") DELIVERY
    }
}
