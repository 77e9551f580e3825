package io.mediamon.lab.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.topic.DescribedTopics;
import io.mediamon.analysis.topic.TopicEmbedder;
import io.mediamon.analysis.topic.TopicThresholds;
import io.mediamon.analysis.topic.ZeroShotTopicTagger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code ZeroShotAgNews FILE}: calibrates on the hand-written headlines, then scores the zero-shot tagger alone. */
public final class ZeroShotAgNews {
    private ZeroShotAgNews() {
    }

    public static void main(String[] args) throws IOException {
        TopicEmbedder embedder = TopicEmbedder.shared(EncoderSettings.defaults());
        TopicThresholds th = TopicCalibration.calibrate(embedder);
        System.out.print(th.format());
        ZeroShotTopicTagger tagger = new ZeroShotTopicTagger(embedder, DescribedTopics.iptc(), List.of(), th);
        AgNewsEval.evaluate(Path.of(args[0]), (t, d) -> tagger.tag(t + ". " + d), System.out);
    }
}
