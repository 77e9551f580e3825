package io.mediamon.analysis.topology;

import io.mediamon.analysis.story.SimHash;
import io.mediamon.analysis.story.StoryBand;
import io.mediamon.analysis.story.StoryIndex;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Second step, on the band's partition: looks the probe up in its band of the index ({@link
 * StoryIndex#earliestStory}), answers under the article's key, and adds the article to the band in the same step,
 * so a copy that arrives right after its original always finds it. The article is filed under the story this band
 * found for it, or under its own id; when bands disagree the earliest story wins later, so a band's own guess can
 * only be a later story than the true one.
 */
final class BandMatcher implements Processor<String, StoryMessages.Probe, String, StoryMessages.Match> {
    private final String storeName;
    private final Duration window;
    private final AnalysisMeters meters;
    private ProcessorContext<String, StoryMessages.Match> context;
    private KeyValueStore<String, StoryBand> bands;

    BandMatcher(String storeName, Duration window, AnalysisMeters meters) {
        this.storeName = storeName;
        this.window = window;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, StoryMessages.Match> context) {
        this.context = context;
        this.bands = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, StoryMessages.Probe> record) {
        StoryMessages.Probe probe = record.value();
        StoryBand band = bands.get(record.key());
        StoryBand.Entry match = band == null ? null
                : StoryIndex.earliestStory(probe.fingerprint(), band.entries(), probe.timeMs() - window.toMillis());
        StoryBand.Entry entry = match == null
                ? new StoryBand.Entry(probe.articleKey(), probe.fingerprint(), probe.timeMs(), probe.timeMs())
                : new StoryBand.Entry(match.storyId(), probe.fingerprint(), probe.timeMs(), match.storyTimeMs());
        bands.put(record.key(), band == null ? StoryBand.of(entry) : band.with(entry));
        meters.bandLookup();
        int bandIndex = StoryIndex.bandOf(record.key());
        StoryMessages.Match answer = match == null
                ? new StoryMessages.Match(bandIndex, null, Long.MAX_VALUE, Integer.MAX_VALUE)
                : new StoryMessages.Match(bandIndex, match.storyId(), match.storyTimeMs(),
                        SimHash.distance(probe.fingerprint(), match.bits()));
        context.forward(record.withKey(probe.articleKey()).withValue(answer));
    }
}
