package io.mediamon.lab.topic;

import io.mediamon.analysis.topic.DescribedTopic;
import io.mediamon.analysis.topic.DescribedTopics;
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

/**
 * {@code TopicCalibration [OUT]}: picks each IPTC topic's similarity threshold on the hand-written example
 * headlines ({@link DescribedTopics#IPTC_EXAMPLES}, never AG News), each scored with itself left out: the cut that maximises that topic's
 * one-vs-rest F-beta (beta 0.5, precision first, as a tag is shown to users), taking the lowest such cut. The
 * fallback threshold for user topics is the median of the per-topic ones. Writes the thresholds file (default: stdout).
 */
public final class TopicCalibration {
    static final String CALIBRATION = DescribedTopics.IPTC_EXAMPLES;
    static final double BETA = 0.5;
    /**
     * Best-topic fallback: given, below its threshold, when its similarity leads the runner-up's by this much
     * (0: the best topic is always given, as the issue asks; a 0.002 margin left 7.5% of AG News dev untagged,
     * which is why it was lowered: the one choice made after seeing that measurement).
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
        List<DescribedTopic> topics = DescribedTopics.iptc();
        ZeroShotTopicTagger raw = new ZeroShotTopicTagger(embedder, topics, List.of(),
                new TopicThresholds(Map.of(), 0, 0));
        List<Example> examples = examples();
        double[][] sim = new double[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            sim[i] = raw.scores(embedder.embed(examples.get(i).text()), true).stream().mapToDouble(ZeroShotTopicTagger.Score::similarity)
                    .toArray();
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
        return new TopicThresholds(per, sorted[sorted.length / 2], MARGIN);
    }

    public static void main(String[] args) throws IOException {
        try (TopicEmbedder embedder = TopicEmbedder.open(4096)) {
            String text = "# Calibrated by io.mediamon.lab.topic.TopicCalibration on the lab's hand-written headlines"
                    + String.format(Locale.ROOT, " (F%.1f per topic)%n", BETA) + calibrate(embedder).format();
            if (args.length > 0) {
                Files.writeString(Path.of(args[0]), text);
            } else {
                System.out.print(text);
            }
        }
    }
}
