package io.mediamon.ingest.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The ingest counters: accepted articles by source, refused input by reason code. */
public final class IngestMeters {
    private final MeterRegistry registry;

    public IngestMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void ingested(String source) {
        Counter.builder("mediamon.articles.ingested").description("Articles accepted and published to Kafka")
                .tag("source", source).register(registry).increment();
    }

    public void rejected(String source, String reasonCode) {
        Counter.builder("mediamon.articles.rejected").description("Input refused by validation, by reason")
                .tag("source", source).tag("reason", reasonCode).register(registry).increment();
    }
}
