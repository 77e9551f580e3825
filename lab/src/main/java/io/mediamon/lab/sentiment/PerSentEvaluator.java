package io.mediamon.lab.sentiment;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.entity.GazetteerEntry;
import io.mediamon.analysis.pipeline.ArticleAnalysis;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.topic.TopicRules;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.SentimentLabel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PerSenT: each article goes through the same {@link ArticleAnalyzer} the topology runs, with the main person added
 * to the default gazetteer (full name as an alias, surname as a follow-up alias). The article-level sentiment toward
 * that person is compared with the readers' label. An article where the person is not found counts as neutral.
 */
public final class PerSentEvaluator {

    static final String TARGET_ID = "persent-target";

    /** One labelled article. */
    public record Row(String id, String title, String target, String document, SentimentLabel label) {
    }

    /** What one run measured. */
    public record Report(ConfusionMatrix confusion, int found, int n, long predictedNegative, long trueNegative) {
        public String toJsonLine() {
            return String.format(Locale.ROOT, "{\"f1_macro\":%.4f,\"accuracy\":%.4f,\"n\":%d,\"found\":%d,"
                            + "\"predicted_negative\":%d,\"true_negative\":%d}", confusion.macroF1(),
                    confusion.accuracy(), n, found, predictedNegative, trueNegative);
        }
    }

    private PerSentEvaluator() {
    }

    public static List<Row> read(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                     .readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                rows.add(new Row(r.get("DOCUMENT_INDEX"), r.get("TITLE"), r.get("TARGET_ENTITY").trim(),
                        r.get("DOCUMENT"), label(r.get("TRUE_SENTIMENT"))));
            }
        }
        return rows;
    }

    static SentimentLabel label(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "negative" -> SentimentLabel.NEGATIVE;
            case "positive" -> SentimentLabel.POSITIVE;
            case "neutral" -> SentimentLabel.NEUTRAL;
            default -> throw new IllegalArgumentException("unknown PerSenT label " + s);
        };
    }

    /** The person as a gazetteer entry: full name always counts, the surname only after it. */
    static GazetteerEntry person(String name) {
        String[] parts = name.split("\\s+");
        List<String> followUp = parts.length > 1 ? List.of(parts[parts.length - 1]) : List.of();
        return new GazetteerEntry(TARGET_ID, name, "person", null, List.of(name), followUp);
    }

    public static Report evaluate(Path csv, TargetScorer scorer, PrintStream out) throws IOException {
        List<Row> rows = read(csv);
        Gazetteer base = Gazetteer.defaults();
        ConfusionMatrix cm = new ConfusionMatrix();
        int found = 0;
        long t0 = System.nanoTime();
        for (Row row : rows) {
            List<GazetteerEntry> entries = new ArrayList<>(base.entries());
            entries.add(person(row.target()));
            ArticleAnalyzer analyzer = new ArticleAnalyzer(scorer, Gazetteer.of(entries), TopicRules.defaults());
            ArticleAnalysis analysis = analyzer.analyze(row.title() == null ? "" : row.title(), row.document());
            SentimentLabel predicted = SentimentLabel.NEUTRAL;
            for (PartySentiment p : analysis.parties()) {
                if (TARGET_ID.equals(p.entityId())) {
                    predicted = p.sentiment().label();
                    found++;
                    break;
                }
            }
            cm.add(row.label(), predicted);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long predictedNegative = 0;
        long trueNegative = 0;
        for (SentimentLabel g : SentimentLabel.values()) {
            predictedNegative += cm.count(g, SentimentLabel.NEGATIVE);
            trueNegative += cm.count(SentimentLabel.NEGATIVE, g);
        }
        Report report = new Report(cm, found, rows.size(), predictedNegative, trueNegative);
        out.printf(Locale.ROOT, "PerSenT evaluation on %s (%d articles, %.1f s)%n%n", csv, rows.size(), seconds);
        out.print(cm.render());
        out.printf(Locale.ROOT, "%nmacro-F1 %.4f  accuracy %.4f  person found in %d of %d articles;"
                        + " predicted negative %d, truly negative %d%n", cm.macroF1(), cm.accuracy(), found,
                rows.size(), predictedNegative, trueNegative);
        out.println(report.toJsonLine());
        return report;
    }
}
