package io.mediamon.lab.topic;

import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.common.config.Settings;
import io.mediamon.common.event.TopicTag;
import io.mediamon.testkit.Seeds;
import java.util.List;
import java.util.Locale;

/**
 * {@code SeedTopics}: each seed article's topics through the analyzer the service runs (configured from the
 * environment, as {@code MEDIAMON_TOPICS} and {@code MEDIAMON_SENTIMENT} say): id, how it was found, confidence and,
 * for rules, the matched words.
 */
public final class SeedTopics {
    private SeedTopics() {
    }

    public static void main(String[] args) {
        AnalysisConfig config = AnalysisConfig.load(Settings.fromEnvironment(), "localhost:9092");
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromConfig(config);
        for (Seeds.Seed seed : Seeds.all()) {
            List<TopicTag> tags = analyzer.analyze(seed.title(), seed.body()).topics();
            System.out.printf(Locale.ROOT, "%s (%d topics)%n", seed.title(), tags.size());
            for (TopicTag t : tags) {
                System.out.printf(Locale.ROOT, "  %-26s %-6s %s %s%n", t.id(), t.source().name().toLowerCase(Locale.ROOT),
                        String.format(Locale.ROOT, "%.3f", t.confidence()),
                        t.matches().isEmpty() ? "" : t.matches());
            }
        }
    }
}
