package io.mediamon.launcher.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.page.ExtractedPage;
import io.mediamon.ingest.page.PageExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Timed passes of extraction and cleaning over a set of pages, after a warm-up, with their scores. Speed is the
 * thread's CPU time (one core's work) per pass; the figure is the median pass, because on a machine shared with
 * other work one pass can cost a third more than the next. The process's CPU time over the same passes, which
 * adds garbage collection and the JIT's threads, is reported beside it.
 *
 * @param passSeconds the thread CPU seconds of each timed pass, in the order they ran
 */
record ExtractionRun(Map<String, ObjectNode> results, int pages, int failed, double[] passSeconds,
                     double processCpuSeconds, double wallSeconds, int scored, double precision, double recall,
                     double f1) {
    /**
     * Page extractions run before timing, cycling over the pages, so the figure measures compiled code as a
     * long-running ingest has it (on a loaded machine the JIT needs several hundred pages to settle).
     */
    static final int WARM_UP_PAGES = 1000;

    /**
     * Warms each extractor up, then times {@code passes} passes of each over all pages, alternating the
     * extractors pass by pass (and their order from one round to the next) so that a change in the machine's load
     * falls on all of them alike. Every pass extracts the same text; the results and scores are the first pass's.
     */
    static List<ExtractionRun> measure(List<PageExtractor> extractors, PageCleaner cleaner, List<String> names,
                                       List<String> html, Map<String, String> references, int passes) {
        return measure(extractors, cleaner, names, html, references, passes, WARM_UP_PAGES);
    }

    static List<ExtractionRun> measure(List<PageExtractor> extractors, PageCleaner cleaner, List<String> names,
                                       List<String> html, Map<String, String> references, int passes,
                                       int warmUpPages) {
        for (PageExtractor extractor : extractors) {
            for (int i = 0; i < warmUpPages; i++) {
                try {
                    cleaner.clean(extractor.extract(html.get(i % html.size()), null));
                } catch (RuntimeException e) {
                    // counted in the timed passes
                }
            }
        }
        int n = extractors.size();
        double[][] seconds = new double[n][passes];
        double[] process = new double[n];
        double[] wall = new double[n];
        List<Map<String, ObjectNode>> results = new ArrayList<>(n);
        int[] failed = new int[n];
        for (int i = 0; i < n; i++) {
            results.add(null);
        }
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < n; k++) {
                int which = pass % 2 == 0 ? k : n - 1 - k;
                Pass timed = Pass.run(extractors.get(which), cleaner, names, html);
                seconds[which][pass] = timed.cpuSeconds;
                process[which] += timed.processCpuSeconds;
                wall[which] += timed.wallSeconds;
                if (pass == 0) {
                    results.set(which, timed.results);
                    failed[which] = timed.failed;
                }
            }
        }
        List<ExtractionRun> runs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            runs.add(scored(results.get(k), html.size(), failed[k], seconds[k], process[k], wall[k], references));
        }
        return runs;
    }

    /** One timed pass over every page. */
    private record Pass(Map<String, ObjectNode> results, int failed, double cpuSeconds, double processCpuSeconds,
                        double wallSeconds) {
        static Pass run(PageExtractor extractor, PageCleaner cleaner, List<String> names, List<String> html) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long processStart = processCpuNanos();
            long wallStart = System.nanoTime();
            Map<String, ObjectNode> results = new TreeMap<>();
            int failed = 0;
            for (int i = 0; i < html.size(); i++) {
                ObjectNode node = Json.mapper().createObjectNode();
                try {
                    ExtractedPage page = extractor.extract(html.get(i), null);
                    node.put("articleBody", cleaner.clean(page));
                    node.put("headline", page.headline());
                    node.put("publishedAt", page.publishedAt());
                    node.put("author", page.author());
                } catch (RuntimeException e) {
                    failed++;
                    node.put("articleBody", "");
                    node.put("error", String.valueOf(e.getMessage()));
                }
                results.put(names.get(i), node);
            }
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long processEnd = processCpuNanos();
            double process = processStart < 0 || processEnd < 0 ? Double.NaN : (processEnd - processStart) / 1e9;
            return new Pass(results, failed, cpu, process, wall);
        }
    }

    private static ExtractionRun scored(Map<String, ObjectNode> results, int pages, int failed, double[] seconds,
                                        double process, double wall, Map<String, String> references) {
        for (ObjectNode node : results.values()) { // outside the timed passes: output formatting, not extraction
            node.put("publishedAt", ExtractCommand.normalisedDate(node.path("publishedAt").textValue()));
        }
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        int scored = 0;
        for (Map.Entry<String, String> reference : references.entrySet()) {
            ObjectNode node = results.get(reference.getKey());
            if (node == null) {
                continue;
            }
            TokenScore score = TokenScore.of(node.path("articleBody").asText(""), reference.getValue());
            precision += score.precision();
            recall += score.recall();
            f1 += score.f1();
            scored++;
        }
        return scored == 0
                ? new ExtractionRun(results, pages, failed, seconds, process, wall, 0, Double.NaN, Double.NaN,
                        Double.NaN)
                : new ExtractionRun(results, pages, failed, seconds, process, wall, scored, precision / scored,
                        recall / scored, f1 / scored);
    }

    /** The median pass's thread CPU seconds. */
    double cpuSeconds() {
        double[] sorted = passSeconds.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    double pagesPerCpuSecond() {
        return pages / cpuSeconds();
    }

    private double totalPages() {
        return (double) pages * passSeconds.length;
    }

    private String passRates() {
        return Arrays.stream(passSeconds).mapToObj(s -> String.format(Locale.ROOT, "%.1f", pages / s))
                .collect(Collectors.joining(", "));
    }

    String describe(String label, double limit) {
        double perCpu = pagesPerCpuSecond();
        String line = String.format(Locale.ROOT, "%s: %d pages, median pass %.2f s CPU on one thread: %.1f pages "
                        + "per CPU second on one core (target %.0f pages/s: %s); passes %s; process CPU incl. GC "
                        + "and JIT %.2f s for %d passes (%.1f pages/s); wall %.2f s on a shared machine; %d failed",
                label, pages, cpuSeconds(), perCpu, limit, perCpu >= limit ? "met" : "NOT met", passRates(),
                processCpuSeconds, passSeconds.length, totalPages() / processCpuSeconds, wallSeconds, failed);
        if (scored > 0) {
            line += String.format(Locale.ROOT, "%n  token F1 %.4f, precision %.4f, recall %.4f on %d pages with a "
                    + "reference text", f1, precision, recall, scored);
        }
        return line;
    }

    String json() {
        String scores = scored == 0 ? "" : String.format(Locale.ROOT,
                ",\"scored\":%d,\"f1\":%.4f,\"precision\":%.4f,\"recall\":%.4f", scored, f1, precision, recall);
        return String.format(Locale.ROOT, "\"pages\":%d,\"passes\":%d,\"cpu_seconds\":%.3f,"
                        + "\"pages_per_cpu_second\":%.1f,\"pass_pages_per_cpu_second\":[%s],"
                        + "\"process_cpu_seconds\":%.3f,\"seconds\":%.3f,\"pages_per_second\":%.1f,\"failed\":%d%s",
                pages, passSeconds.length, cpuSeconds(), pagesPerCpuSecond(), passRates(), processCpuSeconds,
                wallSeconds, totalPages() / wallSeconds, failed, scores);
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
