package io.mediamon.lab.topic;

import io.mediamon.common.event.TopicTag;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Scores topic tags on AG News items under the IPTC mapping of {@code ../shared/agnews/README.md}: an item is right
 * for its class when it carries one of that class's codes, and a false positive for every other class whose code it
 * carries. Prints per-class precision, recall and F1, macro-F1, the share of items without any topic and topics per
 * item; the last line is JSON. Measurement only: nothing is fitted on these items.
 */
public final class AgNewsEval {
    static final List<String> CLASSES = List.of("World", "Sports", "Business", "Sci/Tech");
    static final List<Set<String>> CODES = List.of(
            Set.of("medtop:11000000", "medtop:16000000", "medtop:03000000", "medtop:02000000"),
            Set.of("medtop:15000000"),
            Set.of("medtop:04000000"),
            Set.of("medtop:13000000"));

    /** The figures of one run. */
    public record Result(int items, double[] precision, double[] recall, double[] f1, double macroF1,
                         double untagged, double topicsPerItem, double msPerItem) {
    }

    private AgNewsEval() {
    }

    /** Runs {@code tagger} (title, description → tags) over {@code file} and prints the report to {@code out}. */
    public static Result evaluate(Path file, BiFunction<String, String, List<TopicTag>> tagger, PrintStream out)
            throws IOException {
        List<AgNewsItem> items = AgNewsItem.read(file);
        int k = CLASSES.size();
        int[] tp = new int[k];
        int[] fp = new int[k];
        int[] fn = new int[k];
        int untagged = 0;
        long topics = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        for (AgNewsItem item : items) {
            List<TopicTag> tags = tagger.apply(item.title(), item.description());
            topics += tags.size();
            untagged += tags.isEmpty() ? 1 : 0;
            int gold = item.label() - 1;
            for (int c = 0; c < k; c++) {
                Set<String> codes = CODES.get(c);
                boolean carries = tags.stream().anyMatch(t -> codes.contains(t.iptcCode()));
                if (c == gold) {
                    tp[c] += carries ? 1 : 0;
                    fn[c] += carries ? 0 : 1;
                } else {
                    fp[c] += carries ? 1 : 0;
                }
            }
        }
        double ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / Math.max(1, items.size());
        double[] p = new double[k];
        double[] r = new double[k];
        double[] f = new double[k];
        double macro = 0;
        out.printf(Locale.ROOT, "AG News %s: %d items%n", file, items.size());
        out.printf(Locale.ROOT, "%-9s %9s %9s %9s %6s %6s %6s%n", "class", "precision", "recall", "F1", "tp", "fp", "fn");
        for (int c = 0; c < k; c++) {
            p[c] = tp[c] + fp[c] == 0 ? 0 : (double) tp[c] / (tp[c] + fp[c]);
            r[c] = tp[c] + fn[c] == 0 ? 0 : (double) tp[c] / (tp[c] + fn[c]);
            f[c] = p[c] + r[c] == 0 ? 0 : 2 * p[c] * r[c] / (p[c] + r[c]);
            macro += f[c] / k;
            out.printf(Locale.ROOT, "%-9s %9.3f %9.3f %9.3f %6d %6d %6d%n", CLASSES.get(c), p[c], r[c], f[c],
                    tp[c], fp[c], fn[c]);
        }
        double untaggedShare = (double) untagged / Math.max(1, items.size());
        double perItem = (double) topics / Math.max(1, items.size());
        out.printf(Locale.ROOT, "macro-F1 %.3f; untagged %.1f%%; topics per item %.2f; %.1f ms CPU per item%n", macro,
                100 * untaggedShare, perItem, ms);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", items.size());
        for (int c = 0; c < k; c++) {
            json.put("f1_" + CLASSES.get(c).toLowerCase(Locale.ROOT).replace("/", ""), round(f[c]));
        }
        json.put("macro_f1", round(macro));
        json.put("untagged_share", round(untaggedShare));
        json.put("topics_per_item", round(perItem));
        json.put("ms_per_item", round(ms));
        StringBuilder line = new StringBuilder("{");
        json.forEach((key, v) -> line.append(line.length() > 1 ? "," : "").append('"').append(key).append("\":")
                .append(v));
        out.println(line.append('}'));
        return new Result(items.size(), p, r, f, macro, untaggedShare, perItem, ms);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
