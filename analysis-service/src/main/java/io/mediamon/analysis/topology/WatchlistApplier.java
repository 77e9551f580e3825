package io.mediamon.analysis.topology;

import io.mediamon.analysis.pipeline.LiveWatchlist;
import io.mediamon.common.event.WatchRule;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global watchlist store and applies each change to the {@link LiveWatchlist} the analyzer reads, so a
 * {@code PUT} or {@code DELETE} on the watchlist API takes effect in every analysis instance without a restart.
 * Streams replays the whole compacted topic through this processor at start-up, so a restart applies every
 * rule again. A record that cannot be decoded, or a rule that would match everything, is logged and counted
 * and leaves the earlier rule for that id removed: it never stops the thread.
 */
final class WatchlistApplier implements Processor<String, byte[], Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(WatchlistApplier.class);

    private final LiveWatchlist watchlist;
    private final Deserializer<WatchRule> decoder;
    private final AnalysisMeters meters;
    private KeyValueStore<String, byte[]> store;

    WatchlistApplier(LiveWatchlist watchlist, Deserializer<WatchRule> decoder, AnalysisMeters meters) {
        this.watchlist = watchlist;
        this.decoder = decoder;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(AnalysisTopology.WATCHLIST_STORE);
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> next = all.next();
                apply(next.key, next.value);
            }
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) {
            meters.watchlistRejected("no-key");
            LOG.warn("watchlist record without a key ignored");
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
        apply(record.key(), record.value());
    }

    private void apply(String id, byte[] value) {
        if (value == null) {
            watchlist.remove(id);
            return;
        }
        WatchRule rule;
        try {
            rule = decoder.deserialize(null, value);
        } catch (RuntimeException e) {
            watchlist.remove(id);
            meters.watchlistRejected("undecodable");
            LOG.warn("watchlist record for '{}' is not a watch rule ({}); ignored", abbreviate(id), e.getMessage());
            return;
        }
        if (rule == null || !id.equals(rule.entityId())) {
            watchlist.remove(id);
            meters.watchlistRejected("key-mismatch");
            LOG.warn("watchlist record for '{}' carries another entity id; ignored", abbreviate(id));
            return;
        }
        Optional<String> problem = watchlist.put(rule);
        problem.ifPresent(p -> {
            meters.watchlistRejected("refused");
            LOG.warn("watch rule '{}' refused: {}", abbreviate(id), p);
        });
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
