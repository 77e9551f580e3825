package io.mediamon.analysis.topology;

import io.mediamon.analysis.story.StoryIndex;
import io.mediamon.common.event.TaggedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Last step, back on the article's partition: gathers the {@value StoryIndex#BANDS} band answers and places the
 * parked article in the earliest story any band offered (then the closest copy), else in a new story named after
 * the article. Every step runs on as many partitions as the input topic has.
 */
final class StoryAssigner implements Processor<String, StoryMessages.Match, String, TaggedArticle> {
    private final String pendingStore;
    private final String tallyStore;
    private final AnalysisMeters meters;
    private ProcessorContext<String, TaggedArticle> context;
    private KeyValueStore<String, TaggedArticle> pending;
    private KeyValueStore<String, StoryMessages.Tally> tallies;

    StoryAssigner(String pendingStore, String tallyStore, AnalysisMeters meters) {
        this.pendingStore = pendingStore;
        this.tallyStore = tallyStore;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, TaggedArticle> context) {
        this.context = context;
        this.pending = context.getStateStore(pendingStore);
        this.tallies = context.getStateStore(tallyStore);
    }

    @Override
    public void process(Record<String, StoryMessages.Match> record) {
        StoryMessages.Tally before = tallies.get(record.key());
        StoryMessages.Tally tally = (before == null ? StoryMessages.Tally.NONE : before).with(record.value());
        if (tally.answers() < StoryIndex.BANDS) {
            tallies.put(record.key(), tally);
            return;
        }
        tallies.delete(record.key());
        TaggedArticle article = pending.delete(record.key());
        if (article == null) {
            return;
        }
        boolean joined = tally.storyId() != null && !tally.storyId().equals(article.id());
        if (joined) {
            meters.nearDuplicate();
        }
        TaggedArticle placed = joined ? article.inStory(tally.storyId(), true) : article.inStory(article.id(), false);
        context.forward(record.withValue(placed));
    }
}
