package io.mediamon.alert.topology;

import io.mediamon.common.event.WatchRule;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global watchlist store in step with the compacted watchlist topic: a rule upserts, a tombstone
 * removes. A record that does not decode is logged and skipped, so one bad write cannot stop the global thread.
 */
final class WatchlistUpdater implements Processor<String, byte[], Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(WatchlistUpdater.class);

    private final String storeName;
    private final Deserializer<WatchRule> deserializer;
    private KeyValueStore<String, WatchRule> store;

    WatchlistUpdater(String storeName, Deserializer<WatchRule> deserializer) {
        this.storeName = storeName;
        this.deserializer = deserializer;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) {
            LOG.warn("watchlist record without a key skipped");
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
            return;
        }
        try {
            WatchRule rule = deserializer.deserialize(storeName, record.value());
            store.put(record.key(), rule);
        } catch (SerializationException e) {
            LOG.warn("watchlist record for {} skipped: {}", record.key(), e.getMessage());
        }
    }
}
