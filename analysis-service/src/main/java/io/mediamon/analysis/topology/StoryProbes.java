package io.mediamon.analysis.topology;

import io.mediamon.analysis.story.SimHash;
import io.mediamon.analysis.story.StoryIndex;
import io.mediamon.common.event.TaggedArticle;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * First step of story assignment, on the article's own partition: parks the tagged article until its story is known
 * and sends one probe per SimHash band, keyed by the band, so each band of the index lives on the partition its key
 * hashes to.
 */
final class StoryProbes implements Processor<String, TaggedArticle, String, StoryMessages.Probe> {
    private final String pendingStore;
    private ProcessorContext<String, StoryMessages.Probe> context;
    private KeyValueStore<String, TaggedArticle> pending;

    StoryProbes(String pendingStore) {
        this.pendingStore = pendingStore;
    }

    @Override
    public void init(ProcessorContext<String, StoryMessages.Probe> context) {
        this.context = context;
        this.pending = context.getStateStore(pendingStore);
    }

    @Override
    public void process(Record<String, TaggedArticle> record) {
        TaggedArticle article = record.value();
        long fingerprint = SimHash.parseHex(article.fingerprint());
        pending.put(record.key(), article);
        StoryMessages.Probe probe = new StoryMessages.Probe(record.key(), fingerprint,
                article.eventTime().toEpochMilli());
        List<String> keys = StoryIndex.bandKeys(fingerprint);
        for (String key : keys) {
            context.forward(record.withKey(key).withValue(probe));
        }
    }
}
