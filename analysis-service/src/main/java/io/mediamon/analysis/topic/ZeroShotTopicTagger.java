package io.mediamon.analysis.topic;

import io.mediamon.common.event.TopicSource;
import io.mediamon.common.event.TopicTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tags a text with described topics by e5 similarity: a topic's score is the best cosine between the text's
 * embedding and one of its descriptions. Topics of the default set (IPTC) whose score clears their calibrated
 * threshold are given, at most {@value #MAX_DEFAULT}, the strongest first; when none clears it, the best one is
 * still given if it leads the runner-up by the calibrated margin, so short items are rarely left untagged. User
 * topics are given when they clear their threshold. A tag's confidence is
 * {@code 1 / (1 + exp(-(score - threshold) / T))}: 0.5 at the threshold.
 */
public final class ZeroShotTopicTagger {
    public static final int MAX_DEFAULT = 3;
    static final double TEMPERATURE = 0.01;

    /** A topic's score for one text. */
    public record Score(DescribedTopic topic, double similarity, double threshold, boolean user) {
        public double excess() {
            return similarity - threshold;
        }

        public double confidence() {
            return 1 / (1 + Math.exp(-excess() / TEMPERATURE));
        }
    }

    private record Prototype(DescribedTopic topic, float[][] vectors, boolean user) {
    }

    private final TopicEmbedder embedder;
    private final TopicThresholds thresholds;
    private final List<Prototype> prototypes;

    public ZeroShotTopicTagger(TopicEmbedder embedder, List<DescribedTopic> defaults, List<DescribedTopic> user,
                               TopicThresholds thresholds) {
        this.embedder = embedder;
        this.thresholds = thresholds;
        List<Prototype> p = new ArrayList<>();
        for (DescribedTopic t : defaults) {
            p.add(prototype(t, false));
        }
        for (DescribedTopic t : user) {
            p.add(prototype(t, true));
        }
        this.prototypes = List.copyOf(p);
    }

    private Prototype prototype(DescribedTopic topic, boolean user) {
        float[][] v = new float[topic.descriptions().size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = embedder.embed(topic.descriptions().get(i));
        }
        return new Prototype(topic, v, user);
    }

    /** Every topic's score for {@code text}, in definition order. */
    public List<Score> scores(String text) {
        return scores(embedder.embed(text));
    }

    public List<Score> scores(float[] embedding) {
        List<Score> out = new ArrayList<>(prototypes.size());
        for (Prototype p : prototypes) {
            double best = -1;
            for (float[] v : p.vectors()) {
                best = Math.max(best, TopicEmbedder.dot(embedding, v));
            }
            out.add(new Score(p.topic(), best, thresholds.of(p.topic().id()), p.user()));
        }
        return out;
    }

    public List<TopicTag> tag(String text) {
        return select(scores(text), thresholds.margin());
    }

    /** The tags {@code scores} give under the rules in the class comment; {@code margin} as calibrated. */
    public static List<TopicTag> select(List<Score> scores, double margin) {
        List<Score> defaults = scores.stream().filter(s -> !s.user())
                .sorted(Comparator.comparingDouble(Score::excess).reversed()).toList();
        List<TopicTag> out = new ArrayList<>();
        for (Score s : defaults) {
            if (s.excess() < 0 || out.size() == MAX_DEFAULT) {
                break;
            }
            out.add(tag(s));
        }
        if (out.isEmpty() && defaults.size() > 1 && defaults.get(0).excess() - defaults.get(1).excess() >= margin) {
            out.add(tag(defaults.get(0)));
        }
        scores.stream().filter(s -> s.user() && s.excess() >= 0)
                .sorted(Comparator.comparingDouble(Score::excess).reversed()).forEach(s -> out.add(tag(s)));
        return out;
    }

    private static TopicTag tag(Score s) {
        double confidence = Math.round(s.confidence() * 1000) / 1000.0;
        return new TopicTag(s.topic().id(), s.topic().label(), s.topic().iptcCode(), List.of(), TopicSource.MODEL,
                confidence);
    }
}
