package io.mediamon.lab.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.topic.DescribedTopic;
import io.mediamon.analysis.topic.DescribedTopics;
import io.mediamon.analysis.topic.LayerProjection;
import io.mediamon.analysis.topic.TopicMode;
import io.mediamon.analysis.topic.TopicEmbedder;
import io.mediamon.analysis.topic.TopicThresholds;
import io.mediamon.analysis.topic.ZeroShotTopicTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code TopicCalibration [OUT [--mode MODE]]}: picks each IPTC topic's similarity threshold, for the article embedding
 * of topic mode {@code MODE} ({@code model-full} by default), on the hand-written example headlines ({@link DescribedTopics#IPTC_EXAMPLES}, never AG News), each scored with itself left out: the cut that maximises that topic's
 * one-vs-rest F-beta (beta 0.5, precision first, as a tag is shown to users), taking the lowest such cut. The
 * fallback threshold for user topics is the median of the per-topic ones. Writes the thresholds file (default: stdout).
 */
public final class TopicCalibration {
    static final String CALIBRATION = DescribedTopics.IPTC_EXAMPLES;
    static final double BETA = 0.5;
    /**
     * Best-topic fallback: given, below its threshold, when its similarity leads the runner-up's by this much. 0: the
     * best IPTC topic is always given, as a product policy (every item carries a subject, as commercial monitors tag
     * every item), with a confidence under 0.5 when it is below its threshold. History: an earlier 0.002 margin left
     * 7.5% of AG News dev untagged, and that measurement is what prompted the policy.
     */
    static final double MARGIN = 0.0;

    record Example(Set<String> labels, String text) {
    }

    private TopicCalibration() {
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (InputStream in = TopicCalibration.class.getResourceAsStream(CALIBRATION);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\\|", 2);
                out.add(new Example(Set.of(cols[0].strip().split("\\s*,\\s*")), cols[1].strip()));
            }
        }
        return out;
    }

    public static TopicThresholds calibrate(TopicEmbedder embedder) throws IOException {
        return calibrate(embedder, ZeroShotTopicTagger.CENTERED);
    }

    /** Thresholds for a tagger built with {@code centered} as given (see {@link ZeroShotTopicTagger}). */
    public static TopicThresholds calibrate(TopicEmbedder embedder, boolean centered) throws IOException {
        return calibrate(embedder, centered, (LayerProjection) null);
    }

    /**
     * As above; with a {@code projection}, each example's embedding is predicted from its middle-layer pass, as
     * {@code MEDIAMON_TOPICS=model-projected} makes it (the topics' description vectors stay last-layer ones).
     */
    public static TopicThresholds calibrate(TopicEmbedder embedder, boolean centered, LayerProjection projection)
            throws IOException {
        return calibrate(embedder, centered, projection == null ? embedder::embed
                : text -> embedder.embed(List.of(text), projection));
    }

    /** As above, each example embedded by {@code embed} (the topics' description vectors stay last-layer ones). */
    public static TopicThresholds calibrate(TopicEmbedder embedder, boolean centered, Function<String, float[]> embed)
            throws IOException {
        List<DescribedTopic> topics = DescribedTopics.iptc();
        ZeroShotTopicTagger raw = new ZeroShotTopicTagger(embedder, topics, List.of(),
                new TopicThresholds(Map.of(), 0, 0), centered);
        List<Example> examples = examples();
        double[][] sim = new double[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            String text = examples.get(i).text();
            float[] v = embed.apply(text);
            sim[i] = raw.scores(v, true).stream()
                    .mapToDouble(ZeroShotTopicTagger.Score::similarity).toArray();
        }
        Map<String, Double> per = new HashMap<>();
        double[] chosen = new double[topics.size()];
        for (int t = 0; t < topics.size(); t++) {
            String id = topics.get(t).id();
            double bestF = -1;
            double bestCut = 1;
            for (int c = 0; c < examples.size(); c++) {
                double cut = sim[c][t];
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (int i = 0; i < examples.size(); i++) {
                    boolean gold = examples.get(i).labels().contains(id);
                    boolean pred = sim[i][t] >= cut;
                    tp += gold && pred ? 1 : 0;
                    fp += !gold && pred ? 1 : 0;
                    fn += gold && !pred ? 1 : 0;
                }
                double b2 = BETA * BETA;
                double f = tp == 0 ? 0 : (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp);
                if (f > bestF + 1e-12 || (Math.abs(f - bestF) <= 1e-12 && cut < bestCut)) {
                    bestF = f;
                    bestCut = cut;
                }
            }
            per.put(id, bestCut);
            chosen[t] = bestCut;
        }
        double[] sorted = chosen.clone();
        Arrays.sort(sorted);
        double fallback = sorted[sorted.length / 2];
        return new TopicThresholds(per, fallback, MARGIN, spread(topics, examples, sim, chosen));
    }

    /**
     * The spread (how far below the best topic a further one may lie) that gives the examples' label sets the best
     * micro-F1 under the selection rule, the smallest such; {@link TopicThresholds#ANY_SPREAD} competes too.
     */
    static double spread(List<DescribedTopic> topics, List<Example> examples, double[][] sim, double[] cuts) {
        double best = TopicThresholds.ANY_SPREAD;
        double bestF = -1;
        List<Double> candidates = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            candidates.add(i * 0.005);
        }
        candidates.add(TopicThresholds.ANY_SPREAD);
        for (double spread : candidates) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < examples.size(); i++) {
                List<ZeroShotTopicTagger.Score> scores = new ArrayList<>();
                for (int t = 0; t < topics.size(); t++) {
                    scores.add(new ZeroShotTopicTagger.Score(topics.get(t), sim[i][t], cuts[t], false));
                }
                Set<String> gold = examples.get(i).labels();
                Set<String> pred = new java.util.HashSet<>();
                ZeroShotTopicTagger.select(scores, MARGIN, spread).forEach(tag -> pred.add(tag.id()));
                for (String id : pred) {
                    tp += gold.contains(id) ? 1 : 0;
                    fp += gold.contains(id) ? 0 : 1;
                }
                for (String id : gold) {
                    fn += pred.contains(id) ? 0 : 1;
                }
            }
            double f = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f > bestF + 1e-12) {
                bestF = f;
                best = spread;
            }
        }
        return best;
    }

    public static void main(String[] args) throws IOException {
        TopicMode mode = TopicMode.MODEL_FULL;
        if (args.length > 2 && args[1].equals("--mode")) {
            mode = TopicMode.parse(args[2]);
        } else if (args.length > 1) {
            throw new IllegalArgumentException("usage: TopicCalibration [OUT [--mode model|model-full|model-projected]]");
        }
        TopicEmbedder embedder = TopicEmbedder.shared(EncoderSettings.defaults());
        LayerProjection projection = mode.projectionResource() == null ? null
                : LayerProjection.bundled(mode.projectionResource());
        String text = "# Calibrated by io.mediamon.lab.topic.TopicCalibration on the hand-written example headlines"
                + String.format(Locale.ROOT, " only (F%.1f per topic, each example left out of its own score;"
                + " spread by micro-F1 of the examples' labels); %s%n", BETA, projection == null
                ? "last-layer token mean of unprefixed sentences"
                : "examples embedded by the layer-" + projection.layer() + " projection (MEDIAMON_TOPICS=" + mode.key()
                        + ")")
                + calibrate(embedder, ZeroShotTopicTagger.CENTERED, projection).format();
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), text);
        } else {
            System.out.print(text);
        }
    }
}
