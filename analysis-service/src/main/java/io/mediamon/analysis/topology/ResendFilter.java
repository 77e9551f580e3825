package io.mediamon.analysis.topology;

import io.mediamon.common.event.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Drops an article whose id was already analysed within the window. Ids are stable (URL or content hash),
 * so a resend lands on the same partition and meets its first copy here.
 */
final class ResendFilter implements FixedKeyProcessor<String, Article, Article> {
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final String storeName;
    private final Duration window;
    private final AnalysisMeters meters;
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, Long> seen;

    ResendFilter(String storeName, Duration window, AnalysisMeters meters) {
        this.storeName = storeName;
        this.window = window;
        this.meters = meters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        context.schedule(PURGE_EVERY, PunctuationType.WALL_CLOCK_TIME, this::purge);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        String id = record.value().id();
        Long firstSeen = seen.get(id);
        if (firstSeen != null && record.timestamp() - firstSeen < window.toMillis()) {
            meters.resent();
            return;
        }
        seen.put(id, record.timestamp());
        context.forward(record);
    }

    private void purge(long now) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> entry = all.next();
                if (now - entry.value >= window.toMillis()) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(seen::delete);
    }
}
