package io.mediamon.analysis.topology;

import io.mediamon.analysis.encoder.SentenceEncoder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * analysis-service meters: throughput, resends dropped, dead letters, ingest-to-tagged latency, and the sentence
 * encoder's work (the contextual mode's main cost).
 */
public final class AnalysisMeters {
    private final Counter tagged;
    private final Counter resends;
    private final Counter nearDuplicates;
    private final Counter bandLookups;
    private final MeterRegistry registry;
    private final Timer latency;

    public AnalysisMeters(MeterRegistry registry) {
        this.registry = registry;
        this.tagged = Counter.builder("mediamon.articles.tagged").description("Articles analysed and tagged")
                .register(registry);
        this.resends = Counter.builder("mediamon.articles.resent")
                .description("Articles dropped because the same id was already analysed").register(registry);
        this.nearDuplicates = Counter.builder("mediamon.articles.near.duplicates")
                .description("Articles placed in an earlier story (syndicated or lightly edited copies)")
                .register(registry);
        this.bandLookups = Counter.builder("mediamon.story.band.lookups")
                .description("Story index band look-ups done by this instance (nine per article, spread by band)")
                .register(registry);
        this.latency = Timer.builder("mediamon.ingest.to.tagged")
                .description("Time from ingest to the tagged article being produced")
                .publishPercentiles(0.5, 0.9, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
        FunctionCounter.builder("mediamon.encoder.passes", registry, r -> SentenceEncoder.sharedTotals().passes())
                .description("Sentences the encoder ran up to its cut layer (sentiment and topics; cache misses)")
                .register(registry);
        FunctionCounter.builder("mediamon.encoder.tail.runs", registry,
                        r -> SentenceEncoder.sharedTotals().tailRuns())
                .description("Sentences the encoder ran on through its last layers (the topic model)")
                .register(registry);
        FunctionCounter.builder("mediamon.encoder.cache.hits", registry,
                        r -> SentenceEncoder.sharedTotals().cacheHits())
                .description("Sentence encodings answered from the cache (syndicated copies, repeated lines)")
                .register(registry);
    }

    void tagged(Duration sinceIngest) {
        tagged.increment();
        latency.record(sinceIngest.isNegative() ? Duration.ZERO : sinceIngest);
    }

    void resent() {
        resends.increment();
    }

    void nearDuplicate() {
        nearDuplicates.increment();
    }

    void bandLookup() {
        bandLookups.increment();
    }

    /** Band look-ups this instance has done: shows that story assignment runs here too. */
    public double bandLookups() {
        return bandLookups.count();
    }

    /** A watchlist record analysis could not apply ({@code reason}: undecodable, refused). */
    void watchlistRejected(String reason) {
        Counter.builder("mediamon.watchlist.rejected")
                .description("Watchlist records analysis could not apply, by reason (the API refuses these with 400)")
                .tag("reason", reason).register(registry).increment();
    }

    void deadLetter(String stage) {
        Counter.builder("mediamon.deadletters").description("Records sent to the dead-letter topic, by stage")
                .tag("stage", stage).register(registry).increment();
    }
}
