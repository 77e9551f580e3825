package io.mediamon.lab.sentiment;

import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.pipeline.LiveWatchlist;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.sentiment.party.ArticleStance;
import io.mediamon.analysis.sentiment.party.ArticleStanceModel;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.common.event.Evidence;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Each seed through the topology's analyzer: every party found with its article-level label, score and confidence,
 * beside the direction read by hand ({@code sentiment/seed-stance.tsv}) where the text makes it clear.
 */
public final class SeedStanceTable {
    static final String GOLD = "sentiment/seed-stance.tsv";

    /** Agreement with the hand-read directions. */
    public record Report(int labelled, int found, int agreeing) {
        public String toJsonLine() {
            return String.format(Locale.ROOT, "{\"labelled\":%d,\"found\":%d,\"agreeing\":%d}", labelled, found,
                    agreeing);
        }
    }

    private SeedStanceTable() {
    }

    static Map<String, SentimentLabel> gold() throws IOException {
        Map<String, SentimentLabel> out = new HashMap<>();
        try (InputStream in = SeedStanceTable.class.getClassLoader().getResourceAsStream(GOLD)) {
            if (in == null) {
                throw new IOException("missing resource " + GOLD);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                out.put(c[0] + "\t" + c[1], SentimentLabel.fromText(c[2]));
            }
        }
        return out;
    }

    /**
     * The article-level features of every hand-read party, read through the topology's analyzer (default gazetteer,
     * the scorer's topics) with a recording decision, in seed and party order: calibration data for
     * {@link ArticleStanceTrainer}. A hand-read party the analyzer does not find is left out.
     */
    public static List<PerSentEvaluator.Sample> samples(Path seeds, TargetScorer scorer) throws IOException {
        Map<String, SentimentLabel> gold = gold();
        Map<String, double[]> recorded = new HashMap<>();
        ArticleStance recorder = (partyId, features) -> {
            recorded.put(partyId, features.clone());
            return Sentiment.neutral();
        };
        ArticleAnalyzer analyzer = analyzer(scorer, recorder);
        List<PerSentEvaluator.Sample> out = new ArrayList<>();
        for (Path file : seedFiles(seeds)) {
            String seed = file.getFileName().toString();
            recorded.clear();
            parties(analyzer, file).stream().sorted(Comparator.comparing(PartySentiment::name)).forEach(p -> {
                SentimentLabel g = gold.get(seed + "\t" + p.name());
                double[] f = recorded.get(p.entityId());
                if (g != null && f != null) {
                    out.add(new PerSentEvaluator.Sample(seed + "/" + p.name(), f, g));
                }
            });
        }
        return out;
    }

    /** The topology's analyzer over the default gazetteer and the scorer's topics, deciding with {@code stance}. */
    private static ArticleAnalyzer analyzer(TargetScorer scorer, ArticleStance stance) {
        return new ArticleAnalyzer(scorer, LiveWatchlist.fixed(Gazetteer.defaults()), ServiceTopics.forScorer(scorer),
                stance);
    }

    /** The parties of one seed file (its first line the headline, the rest the body). */
    private static List<PartySentiment> parties(ArticleAnalyzer analyzer, Path file) throws IOException {
        String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split("\n", 2);
        return analyzer.analyze(parts[0], parts.length > 1 ? parts[1] : "").parties();
    }

    private static List<Path> seedFiles(Path seeds) throws IOException {
        try (Stream<Path> s = Files.list(seeds)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static Report print(Path seeds, TargetScorer scorer, PrintStream out) throws IOException {
        return print(seeds, scorer, false, out);
    }

    /** As {@link #print(Path, TargetScorer, PrintStream)}; with {@code evidence}, each party's evidence follows its row. */
    public static Report print(Path seeds, TargetScorer scorer, boolean evidence, PrintStream out) throws IOException {
        Map<String, SentimentLabel> gold = gold();
        ArticleAnalyzer analyzer = analyzer(scorer, ArticleStanceModel.forScorer(scorer));
        List<Path> files = seedFiles(seeds);
        int found = 0;
        int agreeing = 0;
        out.println("| seed | party | mentions | label | score | confidence | read by hand |");
        out.println("|---|---|---|---|---|---|---|");
        for (Path file : files) {
            String seed = file.getFileName().toString();
            for (PartySentiment p : parties(analyzer, file)) {
                SentimentLabel g = gold.get(seed + "\t" + p.name());
                if (g != null) {
                    found++;
                    if (g == p.sentiment().label()) {
                        agreeing++;
                    }
                }
                out.printf(Locale.ROOT, "| %s | %s | %d | %s | %.2f | %.2f | %s |%n", seed.substring(0, 3), p.name(),
                        p.mentions(), p.sentiment().label(), p.sentiment().score(), p.sentiment().confidence(),
                        g == null ? "" : g == p.sentiment().label() ? g + " (agrees)" : g + " (DIFFERS)");
                if (evidence) {
                    for (Evidence e : p.evidence()) {
                        out.printf(Locale.ROOT, "|  |  |  | %s | %.2f | | %s: %s |%n", e.label(), e.score(),
                                e.cues() == null ? "" : String.join(", ", e.cues()), e.sentence());
                    }
                }
            }
        }
        Report report = new Report(gold.size(), found, agreeing);
        out.printf(Locale.ROOT, "%nhand-read parties found %d of %d; label agrees on %d%n", found, gold.size(),
                agreeing);
        out.println(report.toJsonLine());
        return report;
    }
}
