package io.mediamon.launcher.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.page.ExtractedPage;
import io.mediamon.ingest.page.PageExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One timed pass of extraction and cleaning over a set of pages, after a warm-up, with its scores. Speed is the
 * thread's CPU time (one core's work, which a loaded machine does not inflate); the process's CPU time over the
 * same pass, which adds garbage collection and the JIT's threads, is reported beside it.
 */
record ExtractionRun(Map<String, ObjectNode> results, int pages, int failed, double cpuSeconds,
                     double processCpuSeconds, double wallSeconds, int scored, double precision, double recall,
                     double f1) {
    /**
     * Page extractions run before timing, cycling over the pages, so the figure measures compiled code as a
     * long-running ingest has it (on a loaded machine the JIT needs several hundred pages to settle).
     */
    static final int WARM_UP_PAGES = 1000;

    static ExtractionRun measure(PageExtractor extractor, PageCleaner cleaner, List<String> names, List<String> html,
                                 Map<String, String> references) {
        for (int i = 0; i < WARM_UP_PAGES; i++) {
            try {
                cleaner.clean(extractor.extract(html.get(i % html.size()), null));
            } catch (RuntimeException e) {
                // counted in the timed pass
            }
        }
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
        for (ObjectNode node : results.values()) { // outside the timed pass: output formatting, not extraction
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
                ? new ExtractionRun(results, html.size(), failed, cpu, process, wall, 0, Double.NaN, Double.NaN,
                        Double.NaN)
                : new ExtractionRun(results, html.size(), failed, cpu, process, wall, scored, precision / scored,
                        recall / scored, f1 / scored);
    }

    double pagesPerCpuSecond() {
        return pages / cpuSeconds;
    }

    String describe(String label, double limit) {
        double perCpu = pagesPerCpuSecond();
        String line = String.format(Locale.ROOT, "%s: %d pages, %.2f s CPU on one thread: %.1f pages per CPU "
                        + "second on one core (target %.0f pages/s: %s); process CPU incl. GC and JIT %.2f s (%.1f "
                        + "pages/s); wall %.2f s on a shared machine; %d failed", label, pages, cpuSeconds, perCpu,
                limit, perCpu >= limit ? "met" : "NOT met", processCpuSeconds, pages / processCpuSeconds,
                wallSeconds, failed);
        if (scored > 0) {
            line += String.format(Locale.ROOT, "%n  token F1 %.4f, precision %.4f, recall %.4f on %d pages with a "
                    + "reference text", f1, precision, recall, scored);
        }
        return line;
    }

    String json() {
        String scores = scored == 0 ? "" : String.format(Locale.ROOT,
                ",\"scored\":%d,\"f1\":%.4f,\"precision\":%.4f,\"recall\":%.4f", scored, f1, precision, recall);
        return String.format(Locale.ROOT, "\"pages\":%d,\"cpu_seconds\":%.3f,\"pages_per_cpu_second\":%.1f,"
                        + "\"process_cpu_seconds\":%.3f,\"seconds\":%.3f,\"pages_per_second\":%.1f,\"failed\":%d%s",
                pages, cpuSeconds, pagesPerCpuSecond(), processCpuSeconds, wallSeconds, pages / wallSeconds, failed,
                scores);
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
