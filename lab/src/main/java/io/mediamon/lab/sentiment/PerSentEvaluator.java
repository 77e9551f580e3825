package io.mediamon.lab.sentiment;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.pipeline.ArticleAnalysis;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.pipeline.LiveWatchlist;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.party.ArticleStance;
import io.mediamon.analysis.sentiment.party.ArticleStanceModel;
import io.mediamon.common.event.EntityType;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import io.mediamon.common.event.WatchRule;
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
 * PerSenT: each article goes through the same {@link ArticleAnalyzer} the topology runs, with the main person on the
 * runtime watchlist as a user would put it (type person: full name, surname as a follow-up alias). The article-level sentiment toward
 * that person is compared with the readers' label. An article where the person is not found counts as neutral.
 */
public final class PerSentEvaluator {

    static final String TARGET_ID = "persent-target";

    /** One labelled article. */
    public record Row(String id, String title, String target, String document, SentimentLabel label) {
    }

    /** What one run measured. */
    public record Report(ConfusionMatrix confusion, int found, int n, long predictedNegative, long trueNegative,
                         double ece) {
        public String toJsonLine() {
            return String.format(Locale.ROOT, "{\"f1_macro\":%.4f,\"accuracy\":%.4f,\"n\":%d,\"found\":%d,"
                            + "\"predicted_negative\":%d,\"true_negative\":%d,\"ece\":%.4f}", confusion.macroF1(),
                    confusion.accuracy(), n, found, predictedNegative, trueNegative, ece);
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

    /** One article's reading: the target's article-level features (null when the person was not found) and label. */
    public record Sample(String id, double[] features, SentimentLabel gold) {
    }

    /**
     * An analyzer that watches one article's main person at a time, as a user would ({@code PUT /watchlist} with the
     * name and type person: the full name always counts, the surname after it).
     */
    static final class Watching {
        private final LiveWatchlist watchlist = new LiveWatchlist(Gazetteer.defaults());
        private final ArticleAnalyzer analyzer;

        Watching(TargetScorer scorer, ArticleStance stance) {
            analyzer = new ArticleAnalyzer(scorer, watchlist, ServiceTopics.forScorer(scorer), stance);
        }

        /** The article-level sentiment toward the row's person, or null when the person is not found. */
        PartySentiment toward(Row row) {
            watchlist.put(new WatchRule(TARGET_ID, row.target(), List.of(), EntityType.PERSON, null, null, 1.0, true,
                    null));
            ArticleAnalysis analysis = analyzer.analyze(row.title() == null ? "" : row.title(),
                    row.document() == null ? "" : row.document());
            for (PartySentiment p : analysis.parties()) {
                if (TARGET_ID.equals(p.entityId())) {
                    return p;
                }
            }
            return null;
        }
    }

    /** The target's features in each article, read through the analyzer with a recording decision. */
    public static List<Sample> samples(List<Row> rows, TargetScorer scorer) {
        double[][] last = new double[1][];
        ArticleStance recorder = (partyId, features) -> {
            if (TARGET_ID.equals(partyId)) {
                last[0] = features.clone();
            }
            return Sentiment.neutral();
        };
        Watching watching = new Watching(scorer, recorder);
        List<Sample> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            last[0] = null;
            PartySentiment p = watching.toward(row);
            out.add(new Sample(row.id(), p == null ? null : last[0], row.label()));
        }
        return out;
    }

    /**
     * Expected calibration error of the confidences of the predicted labels: the mean, over ten equal-width
     * confidence bins weighted by their size, of |accuracy - mean confidence|.
     */
    public static double expectedCalibrationError(double[] confidence, boolean[] correct) {
        int bins = 10;
        double[] conf = new double[bins];
        double[] hit = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(bins - 1, (int) (confidence[i] * bins));
            conf[b] += confidence[i];
            hit[b] += correct[i] ? 1 : 0;
            count[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                ece += count[b] / (double) confidence.length * Math.abs(hit[b] / count[b] - conf[b] / count[b]);
            }
        }
        return ece;
    }

    public static Report evaluate(Path csv, TargetScorer scorer, PrintStream out) throws IOException {
        List<Row> rows = read(csv);
        Watching watching = new Watching(scorer, ArticleStanceModel.forScorer(scorer));
        ConfusionMatrix cm = new ConfusionMatrix();
        int found = 0;
        List<Double> confidences = new ArrayList<>();
        List<Boolean> correct = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Row row : rows) {
            PartySentiment p = watching.toward(row);
            SentimentLabel predicted = SentimentLabel.NEUTRAL;
            if (p != null) {
                predicted = p.sentiment().label();
                found++;
                confidences.add(p.sentiment().confidence());
                correct.add(predicted == row.label());
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
        double[] c = confidences.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] k = new boolean[correct.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = correct.get(i);
        }
        double ece = expectedCalibrationError(c, k);
        Report report = new Report(cm, found, rows.size(), predictedNegative, trueNegative, ece);
        out.printf(Locale.ROOT, "PerSenT evaluation on %s (%d articles, %.1f s)%n%n", csv, rows.size(), seconds);
        out.print(cm.render());
        out.printf(Locale.ROOT, "%nmacro-F1 %.4f  accuracy %.4f  person found in %d of %d articles;"
                        + " predicted negative %d, truly negative %d; expected calibration error %.4f"
                        + " (confidence of the label, articles where the person was found)%n", cm.macroF1(),
                cm.accuracy(), found, rows.size(), predictedNegative, trueNegative, ece);
        out.println(report.toJsonLine());
        return report;
    }
}
