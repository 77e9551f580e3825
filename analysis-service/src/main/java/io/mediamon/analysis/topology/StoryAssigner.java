package io.mediamon.analysis.topology;

import io.mediamon.analysis.story.SimHash;
import io.mediamon.analysis.story.StoryBand;
import io.mediamon.analysis.story.StoryIndex;
import io.mediamon.common.event.TaggedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Places each tagged article in a story: the earliest story within the story window whose SimHash
 * fingerprint is a few bits away, else a new story named after the article. Runs on one partition so that
 * copies published under different URLs meet.
 */
final class StoryAssigner implements FixedKeyProcessor<String, TaggedArticle, TaggedArticle> {
    private final String storeName;
    private final Duration window;
    private final AnalysisMeters meters;
    private FixedKeyProcessorContext<String, TaggedArticle> context;
    private KeyValueStore<String, StoryBand> bands;

    StoryAssigner(String storeName, Duration window, AnalysisMeters meters) {
        this.storeName = storeName;
        this.window = window;
        this.meters = meters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, TaggedArticle> context) {
        this.context = context;
        this.bands = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, TaggedArticle> record) {
        TaggedArticle article = record.value();
        long fingerprint = SimHash.parseHex(article.fingerprint());
        long time = article.eventTime().toEpochMilli();
        List<String> keys = StoryIndex.bandKeys(fingerprint);
        List<StoryBand.Entry> candidates = new ArrayList<>();
        List<StoryBand> current = new ArrayList<>(keys.size());
        for (String key : keys) {
            StoryBand band = bands.get(key);
            current.add(band);
            if (band != null) {
                candidates.addAll(band.entries());
            }
        }
        StoryBand.Entry match = StoryIndex.closest(fingerprint, candidates, time - window.toMillis());
        TaggedArticle placed = match == null ? article.inStory(article.id(), false)
                : article.inStory(match.storyId(), true);
        if (match != null) {
            meters.nearDuplicate();
        }
        StoryBand.Entry entry = new StoryBand.Entry(placed.storyId(), article.fingerprint(), time);
        for (int i = 0; i < keys.size(); i++) {
            StoryBand band = current.get(i) == null ? new StoryBand(List.of()) : current.get(i);
            bands.put(keys.get(i), band.with(entry));
        }
        context.forward(record.withValue(placed));
    }
}
