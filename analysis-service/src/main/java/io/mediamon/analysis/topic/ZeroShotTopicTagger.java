package io.mediamon.analysis.topic;

import io.mediamon.common.event.TopicSource;
import io.mediamon.common.event.TopicTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tags a text with described topics by e5 similarity: a topic's score is the mean of the {@value #TOP_K} best
 * cosines between the text's embedding and its descriptions (or of all of them, when it has fewer). Topics of the default set (IPTC) whose score clears their calibrated
 * threshold are given, at most {@value #MAX_DEFAULT}, the most similar first; when none clears it, the most similar
 * one is still given if it leads the runner-up by the calibrated margin, so short items are rarely left untagged. User
 * topics are given when they clear their threshold. A tag's confidence is
 * {@code 1 / (1 + exp(-(score - threshold) / T))}: 0.5 at the threshold.
 */
public final class ZeroShotTopicTagger {
    public static final int MAX_DEFAULT = 3;
    static final double TEMPERATURE = 0.01;
    static final int TOP_K = 3;
    /** A description this close to the text is the text itself (used to leave an example out of its own score). */
    static final double SELF = 0.9995;
    /**
     * Whether vectors are centered by default. No: on AG News dev (measurement only) centering gave macro-F1 0.788
     * against 0.802 without, both with thresholds calibrated on the hand-written headlines alone.
     */
    public static final boolean CENTERED = false;

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
    /** Mean of the default topics' description vectors, taken off every vector before comparing (or null). */
    private final float[] center;

    public ZeroShotTopicTagger(TopicEmbedder embedder, List<DescribedTopic> defaults, List<DescribedTopic> user,
                               TopicThresholds thresholds) {
        this(embedder, defaults, user, thresholds, CENTERED);
    }

    /**
     * @param centered compare vectors after taking off the mean of the default topics' description vectors (the
     *                 part every news text shares), then scaling back to unit length
     */
    public ZeroShotTopicTagger(TopicEmbedder embedder, List<DescribedTopic> defaults, List<DescribedTopic> user,
                               TopicThresholds thresholds, boolean centered) {
        this.embedder = embedder;
        this.thresholds = thresholds;
        List<float[][]> raw = new ArrayList<>();
        for (DescribedTopic t : defaults) {
            raw.add(vectors(t));
        }
        this.center = centered ? mean(raw) : null;
        List<Prototype> p = new ArrayList<>();
        for (int i = 0; i < defaults.size(); i++) {
            p.add(new Prototype(defaults.get(i), centerAll(raw.get(i)), false));
        }
        for (DescribedTopic t : user) {
            p.add(new Prototype(t, centerAll(vectors(t)), true));
        }
        this.prototypes = List.copyOf(p);
    }

    private ZeroShotTopicTagger(ZeroShotTopicTagger base, TopicThresholds thresholds) {
        this.embedder = base.embedder;
        this.thresholds = thresholds;
        this.prototypes = base.prototypes;
        this.center = base.center;
    }

    /** The threshold a topic is held to. */
    public double threshold(String id) {
        return thresholds.of(id);
    }

    public TopicEmbedder embedder() {
        return embedder;
    }

    private float[][] vectors(DescribedTopic topic) {
        float[][] v = new float[topic.descriptions().size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = embedder.embed(topic.descriptions().get(i));
        }
        return v;
    }

    private static float[] mean(List<float[][]> all) {
        float[] sum = null;
        int n = 0;
        for (float[][] vs : all) {
            for (float[] v : vs) {
                if (sum == null) {
                    sum = new float[v.length];
                }
                for (int i = 0; i < v.length; i++) {
                    sum[i] += v[i];
                }
                n++;
            }
        }
        if (sum != null) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] /= n;
            }
        }
        return sum;
    }

    private float[][] centerAll(float[][] vs) {
        float[][] out = new float[vs.length][];
        for (int i = 0; i < vs.length; i++) {
            out[i] = centered(vs[i]);
        }
        return out;
    }

    /** {@code v} less the center, at unit length ({@code v} itself when not centering). */
    private float[] centered(float[] v) {
        if (center == null || v.length != center.length) {
            return v;
        }
        float[] out = new float[v.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - center[i];
            norm += out[i] * out[i];
        }
        float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
        return out;
    }

    /** Ids of the default (non-user) topics. */
    public Set<String> defaultIds() {
        return prototypes.stream().filter(p -> !p.user()).map(p -> p.topic().id())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every topic's score for {@code text}, in definition order. */
    public List<Score> scores(String text) {
        return scores(embedder.embed(text));
    }

    public List<Score> scores(float[] embedding) {
        return scores(embedding, false);
    }

    /** Scores; with {@code leaveSelfOut}, a description identical to the text does not count (calibration). */
    public List<Score> scores(float[] raw, boolean leaveSelfOut) {
        float[] embedding = centered(raw);
        List<Score> out = new ArrayList<>(prototypes.size());
        double[] top = new double[TOP_K];
        for (Prototype p : prototypes) {
            Arrays.fill(top, Double.NEGATIVE_INFINITY);
            int seen = 0;
            for (float[] v : p.vectors()) {
                double s = TopicEmbedder.dot(embedding, v);
                if (leaveSelfOut && s >= SELF) {
                    continue;
                }
                seen++;
                for (int i = 0; i < TOP_K; i++) {
                    if (s > top[i]) {
                        System.arraycopy(top, i, top, i + 1, TOP_K - i - 1);
                        top[i] = s;
                        break;
                    }
                }
            }
            int k = Math.min(TOP_K, seen);
            double sum = 0;
            for (int i = 0; i < k; i++) {
                sum += top[i];
            }
            out.add(new Score(p.topic(), k == 0 ? -1 : sum / k, thresholds.of(p.topic().id()), p.user()));
        }
        return out;
    }

    public List<TopicTag> tag(String text) {
        return select(scores(text), thresholds.margin(), thresholds.spread());
    }

    /** The tags of {@code sentences} read together (an article's headline and lead). */
    public List<TopicTag> tag(List<String> sentences) {
        return tag(embedder.embed(sentences));
    }

    /** The tags of a text embedded as {@code embedding} (none for an empty one: no text). */
    public List<TopicTag> tag(float[] embedding) {
        return embedding.length == 0 ? List.of() : select(scores(embedding), thresholds.margin(), thresholds.spread());
    }

    /** The tags {@code scores} give under the rules in the class comment; {@code margin} as calibrated. */
    public static List<TopicTag> select(List<Score> scores, double margin) {
        return select(scores, margin, TopicThresholds.ANY_SPREAD);
    }

    /** As {@link #select(List, double)}; a default topic after the first must lie within {@code spread} of it. */
    public static List<TopicTag> select(List<Score> scores, double margin, double spread) {
        List<Score> defaults = scores.stream().filter(s -> !s.user())
                .sorted(Comparator.comparingDouble(Score::similarity).reversed()).toList();
        List<TopicTag> out = new ArrayList<>();
        for (Score s : defaults) {
            if (out.size() == MAX_DEFAULT) {
                break;
            }
            if (s.excess() >= 0 && s.similarity() >= defaults.get(0).similarity() - spread) {
                out.add(tag(s));
            }
        }
        if (out.isEmpty() && defaults.size() > 1 && defaults.get(0).similarity() - defaults.get(1).similarity() >= margin) {
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
