package io.mediamon.lab.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.analysis.topic.ArticleTopics;
import io.mediamon.analysis.topic.DescribedTopics;
import io.mediamon.analysis.topic.LayerProjection;
import io.mediamon.analysis.topic.TopicEmbedder;
import io.mediamon.analysis.topic.TopicMode;
import io.mediamon.analysis.topic.TopicRules;
import io.mediamon.analysis.topic.TopicThresholds;
import io.mediamon.analysis.topic.ZeroShotTopicTagger;
import io.mediamon.common.event.TopicTag;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code TopicLayerCascadeCheck NEWSMTSC_TRAIN PERSENT_DEV AGNEWS_DEV SAMPLE}: a cascade of the two projected
 * embeddings. The layer-7 map (no further layers) tags first; where its tags are unsure, layers 8-10 run and the
 * layer-10 map decides. Unsure: the two best topics lie closer than {@code m}, or some topic lies within {@code m} of
 * its threshold (so the tag set could flip). On {@code SAMPLE} allowed texts (the {@link TopicDistillation} texts;
 * never AG News) it prints, per {@code m}, the share of texts that run layers 8-10 and how often the cascade's tags
 * agree with the layer-10 map's; then AG News dev for each {@code m} (model tags only).
 */
public final class TopicLayerCascadeCheck {
    private static final double[] MARGINS = {0.0, 0.005, 0.01, 0.015, 0.02, 0.03};

    private TopicLayerCascadeCheck() {
    }

    /** The smaller of the two best default topics' gap and the nearest default topic's distance to its threshold. */
    static double sureness(List<ZeroShotTopicTagger.Score> scores) {
        List<ZeroShotTopicTagger.Score> defaults = scores.stream().filter(s -> !s.user())
                .sorted(Comparator.comparingDouble(ZeroShotTopicTagger.Score::similarity).reversed()).toList();
        double gap = defaults.size() > 1 ? defaults.get(0).similarity() - defaults.get(1).similarity() : 1;
        double nearest = Double.POSITIVE_INFINITY;
        for (ZeroShotTopicTagger.Score s : defaults) {
            nearest = Math.min(nearest, Math.abs(s.excess()));
        }
        return Math.min(gap, nearest);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: TopicLayerCascadeCheck NEWSMTSC_TRAIN PERSENT_DEV AGNEWS_DEV SAMPLE");
            System.exit(2);
        }
        PrintStream out = System.out;
        TopicEmbedder embedder = TopicEmbedder.shared(EncoderSettings.defaults());
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(LearnedTargetScorer.loadDefault(), null,
                ArticleTopics.rulesOnly(TopicRules.defaults()));
        LayerProjection at7 = LayerProjection.bundled(TopicMode.MODEL_PROJECTED.projectionResource());
        LayerProjection at10 = LayerProjection.bundled(TopicMode.MODEL.projectionResource());
        ZeroShotTopicTagger tagger7 = new ZeroShotTopicTagger(embedder, DescribedTopics.iptc(), List.of(),
                TopicThresholds.bundled(TopicMode.MODEL_PROJECTED.thresholdsResource()));
        ZeroShotTopicTagger tagger10 = new ZeroShotTopicTagger(embedder, DescribedTopics.iptc(), List.of(),
                TopicThresholds.bundled(TopicMode.MODEL.thresholdsResource()));
        List<List<String>> texts = new ArrayList<>(TopicDistillation.texts(Path.of(args[0]), Path.of(args[1]),
                analyzer));
        java.util.Collections.shuffle(texts, new Random(15));
        int n = Math.min(Integer.parseInt(args[3]), texts.size());
        double[] sure = new double[n];
        List<List<TopicTag>> tags7 = new ArrayList<>();
        List<List<TopicTag>> tags10 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] e7 = embedder.embed(texts.get(i), at7);
            sure[i] = sureness(tagger7.scores(e7));
            tags7.add(tagger7.tag(e7));
            tags10.add(tagger10.tag(embedder.embed(texts.get(i), at10)));
            embedder.encoder().clearCache();
        }
        for (double m : MARGINS) {
            TagAgreement agreement = new TagAgreement();
            int deep = 0;
            for (int i = 0; i < n; i++) {
                boolean unsure = sure[i] < m;
                deep += unsure ? 1 : 0;
                agreement.add(tags10.get(i), unsure ? tags10.get(i) : tags7.get(i));
            }
            out.printf(Locale.ROOT, "m %.3f: layers 8-10 run on %.3f of %d allowed texts; tags agree with layer 10"
                    + " %.3f, first tag %.3f%n", m, (double) deep / n, n, agreement.tagSets(), agreement.firstTags());
        }
        PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
        for (double m : MARGINS) {
            int[] deep = {0};
            int[] items = {0};
            AgNewsEval.Result r = AgNewsEval.evaluate(Path.of(args[2]), (t, d) -> {
                List<String> passages = analyzer.topicReading(t, d).passages();
                items[0]++;
                float[] e7 = embedder.embed(passages, at7);
                if (sureness(tagger7.scores(e7)) >= m) {
                    return tagger7.tag(e7);
                }
                deep[0]++;
                return tagger10.tag(embedder.embed(passages, at10));
            }, sink);
            out.printf(Locale.ROOT, "m %.3f: AG News dev macro-F1 %.4f (World %.3f Sports %.3f Business %.3f Sci/Tech"
                            + " %.3f), layers 8-10 on %.3f of items, topics/item %.2f%n", m, r.macroF1(), r.f1()[0],
                    r.f1()[1], r.f1()[2], r.f1()[3], (double) deep[0] / items[0], r.topicsPerItem());
        }
    }
}
