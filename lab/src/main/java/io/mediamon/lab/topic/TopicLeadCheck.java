package io.mediamon.lab.topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.analysis.topic.ArticleTopics;
import io.mediamon.analysis.topic.DescribedTopics;
import io.mediamon.analysis.topic.TopicEmbedder;
import io.mediamon.analysis.topic.TopicRules;
import io.mediamon.analysis.topic.TopicThresholds;
import io.mediamon.analysis.topic.ZeroShotTopicTagger;
import io.mediamon.common.event.TopicTag;
import io.mediamon.lab.sentiment.PerSentEvaluator;
import io.mediamon.testkit.Seeds;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code TopicLeadCheck PERSENT_DEV NEWSMTSC_TRAIN [GROUPS] [--joined]}: how much of the lead the zero-shot tagger
 * needs. For each model input (the headline and the first N lead sentences under a character cap), the share of
 * allowed articles whose first tag, and whose tag set, are those of the shipped input (N = 3 under 400 characters),
 * and the mean number of sentence passes it costs. The reference is the input shipped before this check (N = 3);
 * measured, 883 articles: N = 2 first tag 0.954, tag set 0.904; N = 1 0.866 / 0.747; N = 0 0.661 / 0.515; so N = 2
 * is shipped. Articles: PerSenT dev (headline and body), NewsMTSC train sentences
 * grouped by their article id (the first sentence as the headline, the others in order as the body; at most GROUPS
 * groups of two or more sentences, default 400) and the seeds. AG News is never read. With {@code --joined}, also
 * the shipped input encoded as one passage (the sentences joined by a space): its agreement and the thread CPU time
 * of that one pass against the per-sentence passes.
 */
public final class TopicLeadCheck {
    record Variant(String name, int leadSentences, int leadChars) {
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("N=3 cap 400 (reference)", 3, 400),
            new Variant("N=2 cap 400 (shipped)", 2, 400),
            new Variant("N=1 cap 400", 1, 400),
            new Variant("N=0 (headline only)", 0, 400),
            new Variant("N=3 cap 250", 3, 250),
            new Variant("N=2 cap 250", 2, 250),
            new Variant("N=3 cap 150", 3, 150));

    private TopicLeadCheck() {
    }

    record Item(String source, ArticleTopics.Reading reading) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TopicLeadCheck PERSENT_DEV NEWSMTSC_TRAIN [GROUPS] [--joined]");
            System.exit(2);
        }
        int groups = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 400;
        boolean joined = List.of(args).contains("--joined");
        EncoderSettings settings = EncoderSettings.defaults();
        TopicEmbedder embedder = TopicEmbedder.shared(settings);
        SentenceEncoder encoder = embedder.encoder();
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(LearnedTargetScorer.loadDefault(), null,
                ArticleTopics.rulesOnly(TopicRules.defaults()));
        ZeroShotTopicTagger tagger = new ZeroShotTopicTagger(embedder, DescribedTopics.iptc(), List.of(),
                TopicThresholds.bundled());
        List<Item> items = new ArrayList<>();
        for (PerSentEvaluator.Row row : PerSentEvaluator.read(Path.of(args[0]))) {
            items.add(new Item("persent", analyzer.topicReading(row.title(), row.document())));
        }
        for (List<String> g : newsMtscGroups(Path.of(args[1]), groups)) {
            items.add(new Item("newsmtsc", analyzer.topicReading(g.get(0),
                    String.join(" ", g.subList(1, g.size())))));
        }
        for (Seeds.Seed seed : Seeds.all()) {
            items.add(new Item("seeds", analyzer.topicReading(seed.title(), seed.body())));
        }
        items.removeIf(i -> i.reading().passages().isEmpty());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, float[]> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, int[]> agree = new TreeMap<>();
        long sentenceNanos = 0;
        long joinedNanos = 0;
        int joinedFirst = 0;
        int joinedSet = 0;
        int done = 0;
        for (Item item : items) {
            List<List<String>> tags = new ArrayList<>();
            int[] passes = new int[VARIANTS.size()];
            for (int v = 0; v < VARIANTS.size(); v++) {
                Variant variant = VARIANTS.get(v);
                List<String> input = item.reading().passages(variant.leadSentences(), variant.leadChars());
                float[] sum = null;
                for (String s : input) {
                    if (!sums.containsKey(s)) {
                        long t0 = cpu.getCurrentThreadCpuTime();
                        float[][] states = encoder.finalStates(s).states();
                        sentenceNanos += cpu.getCurrentThreadCpuTime() - t0;
                        float[] acc = new float[states.length == 0 ? 0 : states[0].length];
                        for (float[] row : states) {
                            for (int i = 0; i < acc.length; i++) {
                                acc[i] += row[i];
                            }
                        }
                        sums.put(s, acc);
                        counts.put(s, states.length);
                    }
                    float[] acc = sums.get(s);
                    if (sum == null) {
                        sum = new float[acc.length];
                    }
                    for (int i = 0; i < acc.length; i++) {
                        sum[i] += acc[i];
                    }
                }
                passes[v] = input.size();
                tags.add(tagger.tag(normalise(sum)).stream().map(TopicTag::id).toList());
            }
            List<String> ref = tags.get(0);
            for (int v = 0; v < VARIANTS.size(); v++) {
                List<String> t = tags.get(v);
                for (String key : List.of(item.source(), "all")) {
                    int[] a = agree.computeIfAbsent(key + "\t" + v, k -> new int[4]);
                    a[0]++;
                    a[1] += !t.isEmpty() && !ref.isEmpty() && t.get(0).equals(ref.get(0)) ? 1 : 0;
                    a[2] += Set.copyOf(t).equals(Set.copyOf(ref)) ? 1 : 0;
                    a[3] += passes[v];
                }
            }
            if (joined) {
                String passage = String.join(" ", item.reading().passages());
                long t0 = cpu.getCurrentThreadCpuTime();
                float[] v = embedder.embed(passage);
                joinedNanos += cpu.getCurrentThreadCpuTime() - t0;
                List<String> t = tagger.tag(v).stream().map(TopicTag::id).toList();
                joinedFirst += !t.isEmpty() && t.get(0).equals(ref.get(0)) ? 1 : 0;
                joinedSet += Set.copyOf(t).equals(Set.copyOf(ref)) ? 1 : 0;
            }
            if (++done % 100 == 0) {
                System.err.printf(Locale.ROOT, "%d/%d items%n", done, items.size());
            }
        }
        System.out.println("source\tvariant\titems\tfirst_tag_agrees\ttag_set_agrees\tpasses_per_item");
        for (Map.Entry<String, int[]> e : agree.entrySet()) {
            String[] k = e.getKey().split("\t");
            int[] a = e.getValue();
            System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.3f\t%.3f\t%.2f%n", k[0],
                    VARIANTS.get(Integer.parseInt(k[1])).name(), a[0], (double) a[1] / a[0], (double) a[2] / a[0],
                    (double) a[3] / a[0]);
        }
        System.out.printf(Locale.ROOT, "distinct sentences encoded %d, %.2f ms thread CPU each (layers 1-12)%n",
                sums.size(), sentenceNanos / 1e6 / Math.max(1, sums.size()));
        if (joined) {
            System.out.printf(Locale.ROOT, "one joined passage per item: first tag agrees %.3f, tag set %.3f;"
                            + " thread CPU %.2f ms per item against %.2f ms for its sentences' passes%n",
                    (double) joinedFirst / items.size(), (double) joinedSet / items.size(),
                    joinedNanos / 1e6 / items.size(), sentenceNanos / 1e6 / items.size());
        }
    }

    static float[] normalise(float[] sum) {
        if (sum == null) {
            return new float[0];
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        float[] out = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = sum[i] * inv;
        }
        return out;
    }

    /** NewsMTSC train sentences grouped by article ({@code primary_gid} without its last four parts), in order. */
    static List<List<String>> newsMtscGroups(Path train, int limit) throws IOException {
        Map<String, TreeMap<Integer, String>> byArticle = new java.util.LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(train, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String[] gid = n.path("primary_gid").asText().split("_");
                if (gid.length < 4) {
                    continue;
                }
                String article = gid[0] + "_" + gid[1] + "_" + gid[2];
                int index;
                try {
                    index = Integer.parseInt(gid[3]);
                } catch (NumberFormatException e) {
                    continue;
                }
                byArticle.computeIfAbsent(article, k -> new TreeMap<>())
                        .putIfAbsent(index, n.path("sentence_normalized").asText().strip());
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (TreeMap<Integer, String> sentences : byArticle.values()) {
            if (sentences.size() >= 2 && out.size() < limit) {
                out.add(new ArrayList<>(sentences.values()));
            }
        }
        return out;
    }
}
