package io.mediamon.lab.bench;

import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.analysis.pipeline.ArticleAnalysis;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.pipeline.Stage;
import io.mediamon.analysis.pipeline.StageClock;
import io.mediamon.analysis.story.StoryBand;
import io.mediamon.analysis.story.StoryIndex;
import io.mediamon.common.serde.Json;
import io.mediamon.lab.synthetic.SyntheticArticles;
import io.mediamon.testkit.Seeds;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./mediamon bench nlp}: the language pipeline in-process on one thread, no Kafka. Synthetic articles of a
 * given size plus the seed articles go through {@link ArticleAnalyzer} and an in-memory story index; the figures are
 * CPU time of the measuring thread, so other load on the machine does not count against them.
 */
public final class NlpBenchmark {

    /** One article to analyse. */
    public record Input(String title, String body) {
    }

    private final ArticleAnalyzer analyzer;
    private final String scorerName;

    public NlpBenchmark(ArticleAnalyzer analyzer, String scorerName) {
        this.analyzer = analyzer;
        this.scorerName = scorerName;
    }

    /** The seed articles of the project's {@code seeds/} directory. */
    public static List<Input> seeds() {
        return Seeds.all().stream().map(s -> new Input(s.title(), s.body())).toList();
    }

    /** {@code count} synthetic articles of about {@code bytes} each, rotating over a few parties, then the seeds. */
    public static List<Input> inputs(int count, int bytes, List<Input> seeds) {
        String[] entities = {"TikTok", "ByteDance", "Microsoft", "Oracle", "Walmart", "the Commerce Department"};
        List<Input> out = new ArrayList<>(count + seeds.size());
        for (int i = 0; i < count; i++) {
            String entity = entities[i % entities.length];
            out.add(new Input("Bench article " + i + " about " + entity,
                    SyntheticArticles.bodyOfSize(entity, bytes, 1_000L + i)));
        }
        out.addAll(seeds);
        return out;
    }

    /** Runs one untimed warm-up pass and {@code passes} timed passes; prints the figures, the last line JSON. */
    public Map<String, Object> run(List<Input> inputs, int bytes, int passes, PrintStream out) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        threads.setThreadCpuTimeEnabled(true);
        CpuStageClock warmClock = new CpuStageClock(threads);
        long sink = pass(inputs, warmClock);
        CpuStageClock clock = new CpuStageClock(threads);
        SentenceEncoder.Totals encoderStart = SentenceEncoder.sharedTotals();
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int p = 0; p < passes; p++) {
            sink += pass(inputs, clock);
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        SentenceEncoder.Totals encoder = SentenceEncoder.sharedTotals().since(encoderStart);
        long wall = System.nanoTime() - wallStart;
        long analysed = (long) inputs.size() * passes;
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable; keeps the passes from being optimised away");
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("benchmark", "nlp");
        figures.put("sentiment", scorerName);
        figures.put("articles", analysed);
        figures.put("article_bytes", bytes);
        figures.put("threads", 1);
        figures.put("articles_per_second_per_core", round(analysed / (cpu / 1e9)));
        figures.put("articles_per_second_wall", round(analysed / (wall / 1e9)));
        figures.put("cpu_ms_per_article", round3(cpu / 1e6 / analysed));
        Map<String, Object> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.key() + "_ms", round3(clock.nanos(stage) / 1e6 / analysed));
        }
        figures.put("stage_cpu_ms_per_article", stages);
        figures.put("encoder_passes_per_article", round3((double) encoder.passes() / analysed));
        figures.put("encoder_tail_runs_per_article", round3((double) encoder.tailRuns() / analysed));

        out.printf(Locale.ROOT, "bench nlp: %d articles (%d synthetic of %d bytes + %d seeds, %d passes), 1 thread,"
                + " sentiment=%s%n", analysed, inputs.size() - seedCount(inputs), bytes, seedCount(inputs), passes,
                scorerName);
        out.printf(Locale.ROOT, "  %.1f articles/s per core (thread CPU time), %.1f articles/s wall, %.3f ms CPU per"
                + " article%n", analysed / (cpu / 1e9), analysed / (wall / 1e9), cpu / 1e6 / analysed);
        for (Stage stage : Stage.values()) {
            out.printf(Locale.ROOT, "  %-10s %8.3f ms per article  %5.1f%%%n", stage.key(),
                    clock.nanos(stage) / 1e6 / analysed, 100.0 * clock.nanos(stage) / Math.max(1, clock.total()));
        }
        out.printf(Locale.ROOT, "  encoder: %.3f sentence passes and %.3f last-layer runs per article%n",
                (double) encoder.passes() / analysed, (double) encoder.tailRuns() / analysed);
        out.println(Json.mapper().valueToTree(figures).toString());
        return figures;
    }

    private static int seedCount(List<Input> inputs) {
        int n = 0;
        for (Input input : inputs) {
            if (!input.title().startsWith("Bench article ")) {
                n++;
            }
        }
        return n;
    }

    /**
     * Runs this benchmark's analyzer and {@code peer} in the same run: a warm-up pass of each, then {@code passes}
     * timed passes of each, alternating, so both see the same machine load. Prints both, the difference per article
     * and its share of the peer's cost; the last line is JSON.
     */
    public Map<String, Object> compare(List<Input> inputs, int bytes, int passes, ArticleAnalyzer peer,
                                       String label, String peerLabel, PrintStream out) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.setThreadCpuTimeEnabled(true);
        NlpBenchmark other = new NlpBenchmark(peer, scorerName);
        long sink = pass(inputs, new CpuStageClock(threads)) + other.pass(inputs, new CpuStageClock(threads));
        CpuStageClock mine = new CpuStageClock(threads);
        CpuStageClock theirs = new CpuStageClock(threads);
        for (int p = 0; p < passes; p++) {
            sink += pass(inputs, mine);
            sink += other.pass(inputs, theirs);
        }
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable; keeps the passes from being optimised away");
        }
        long analysed = (long) inputs.size() * passes;
        double a = mine.total() / 1e6 / analysed;
        double b = theirs.total() / 1e6 / analysed;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("benchmark", "nlp-compare");
        figures.put("sentiment", scorerName);
        figures.put("articles", analysed);
        figures.put("article_bytes", bytes);
        figures.put(label + "_cpu_ms_per_article", round3(a));
        figures.put(peerLabel + "_cpu_ms_per_article", round3(b));
        figures.put("difference_cpu_ms_per_article", round3(a - b));
        figures.put("difference_share_of_" + peerLabel, round3((a - b) / b));
        Map<String, Object> stagesA = new LinkedHashMap<>();
        Map<String, Object> stagesB = new LinkedHashMap<>();
        out.printf(Locale.ROOT, "bench nlp: %s vs %s, %d articles each (%d passes), 1 thread, sentiment=%s%n", label,
                peerLabel, analysed, passes, scorerName);
        for (Stage stage : Stage.values()) {
            stagesA.put(stage.key() + "_ms", round3(mine.nanos(stage) / 1e6 / analysed));
            stagesB.put(stage.key() + "_ms", round3(theirs.nanos(stage) / 1e6 / analysed));
            out.printf(Locale.ROOT, "  %-10s %8.3f ms  %8.3f ms per article%n", stage.key(),
                    mine.nanos(stage) / 1e6 / analysed, theirs.nanos(stage) / 1e6 / analysed);
        }
        out.printf(Locale.ROOT, "  total      %8.3f ms  %8.3f ms per article (CPU): %s adds %.3f ms, %.1f%% of %s%n",
                a, b, label, a - b, 100 * (a - b) / b, peerLabel);
        figures.put(label + "_stage_cpu_ms_per_article", stagesA);
        figures.put(peerLabel + "_stage_cpu_ms_per_article", stagesB);
        out.println(Json.mapper().valueToTree(figures).toString());
        return figures;
    }

    /**
     * One pass: analyse each input, then place it in an in-memory story index as the topology would. The shared
     * encoders' caches are emptied first, so a pass pays for its own encodings (repeats within the pass still hit).
     */
    private long pass(List<Input> inputs, CpuStageClock clock) {
        SentenceEncoder.clearSharedCaches();
        Map<String, StoryBand> bands = new HashMap<>();
        long sink = 0;
        long time = 0;
        for (Input input : inputs) {
            clock.start();
            ArticleAnalysis analysis = analyzer.analyze(input.title(), input.body(), clock);
            long fingerprint = analysis.fingerprint();
            List<StoryBand.Entry> candidates = new ArrayList<>();
            List<String> keys = StoryIndex.bandKeys(fingerprint);
            for (String key : keys) {
                StoryBand band = bands.get(key);
                if (band != null) {
                    candidates.addAll(band.entries());
                }
            }
            StoryBand.Entry match = StoryIndex.earliestStory(fingerprint, candidates, 0);
            String story = match == null ? "s" + time : match.storyId();
            StoryBand.Entry entry = new StoryBand.Entry(story, fingerprint, time,
                    match == null ? time : match.storyTimeMs());
            for (String key : keys) {
                bands.merge(key, StoryBand.of(entry), (a, b) -> a.with(entry));
            }
            clock.lap(Stage.STORY);
            sink += analysis.parties().size() + analysis.topics().size() + story.length();
            time++;
        }
        return sink;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Thread CPU time between laps, summed per stage. */
    private static final class CpuStageClock implements StageClock {
        private final ThreadMXBean threads;
        private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
        private long last;

        CpuStageClock(ThreadMXBean threads) {
            this.threads = threads;
        }

        void start() {
            last = threads.getCurrentThreadCpuTime();
        }

        @Override
        public void lap(Stage stage) {
            long now = threads.getCurrentThreadCpuTime();
            nanos.merge(stage, now - last, Long::sum);
            last = now;
        }

        long nanos(Stage stage) {
            return nanos.getOrDefault(stage, 0L);
        }

        long total() {
            long sum = 0;
            for (long n : nanos.values()) {
                sum += n;
            }
            return sum;
        }
    }
}
