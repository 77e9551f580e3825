package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.KeyedLineFile;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Calibrated cut-offs of the zero-shot tagger: a similarity threshold per topic, the threshold for topics without
 * one of their own (user topics), the margin by which the best topic must lead the runner-up to be given when
 * nothing clears its threshold, and the spread: how far below the best topic's similarity a further topic may lie.
 * File format, {@code #} comments: {@code id | value}, with the reserved ids {@code *default}, {@code *margin} and
 * (optional, no limit when absent) {@code *spread}. Written by the lab's calibration from hand-written headlines.
 */
public record TopicThresholds(Map<String, Double> perTopic, double fallback, double margin, double spread) {
    public static final String RESOURCE = "/topic/iptc-thresholds.txt";
    static final String DEFAULT_KEY = "*default";
    static final String MARGIN_KEY = "*margin";
    static final String SPREAD_KEY = "*spread";
    /** No spread limit: every topic above its threshold may be given. */
    public static final double ANY_SPREAD = 2.0;

    public TopicThresholds {
        perTopic = Map.copyOf(perTopic);
    }

    public TopicThresholds(Map<String, Double> perTopic, double fallback, double margin) {
        this(perTopic, fallback, margin, ANY_SPREAD);
    }

    public double of(String id) {
        return perTopic.getOrDefault(id, fallback);
    }

    /** The full model's thresholds ({@value #RESOURCE}); each {@link TopicMode} names its own file. */
    public static TopicThresholds bundled() {
        return bundled(RESOURCE);
    }

    public static TopicThresholds bundled(String resource) {
        return BundledResource.readText(resource, reader -> read(reader, resource));
    }

    static TopicThresholds read(Reader reader, String source) throws IOException {
        Map<String, Double> values = new HashMap<>();
        KeyedLineFile.forEachEntryLine(reader, source, (line, where) -> {
            String[] cols = line.strip().split("\\|");
            if (cols.length != 2) {
                throw new IllegalArgumentException(where + ": expected 'id | value'");
            }
            values.put(cols[0].strip(), Double.parseDouble(cols[1].strip()));
        });
        Double fallback = values.remove(DEFAULT_KEY);
        Double margin = values.remove(MARGIN_KEY);
        Double spread = values.remove(SPREAD_KEY);
        if (fallback == null || margin == null) {
            throw new IllegalArgumentException(source + ": needs " + DEFAULT_KEY + " and " + MARGIN_KEY);
        }
        return new TopicThresholds(values, fallback, margin, spread == null ? ANY_SPREAD : spread);
    }

    /** The file form {@link #read} reads back. */
    public String format() {
        StringBuilder out = new StringBuilder();
        perTopic.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.append(e.getKey()).append(" | ").append(String.format(Locale.ROOT, "%.4f", e.getValue()))
                        .append('\n'));
        out.append(DEFAULT_KEY).append(" | ").append(String.format(Locale.ROOT, "%.4f", fallback)).append('\n');
        out.append(MARGIN_KEY).append(" | ").append(String.format(Locale.ROOT, "%.4f", margin)).append('\n');
        if (spread < ANY_SPREAD) {
            out.append(SPREAD_KEY).append(" | ").append(String.format(Locale.ROOT, "%.4f", spread)).append('\n');
        }
        return out.toString();
    }
}
