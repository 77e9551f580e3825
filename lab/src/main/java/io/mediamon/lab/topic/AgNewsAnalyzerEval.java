package io.mediamon.lab.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.topic.ArticleTopics;
import io.mediamon.analysis.topic.TopicMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code mediamon eval agnews FILE}: each item (title, description) goes through the analyzer the topology uses,
 * with the topic mode asked for. Then, in the same run, the same items go through the same analyzer with rules-only
 * topics, so the extra cost of the topic model per item is printed against the whole analyzer's cost.
 */
public final class AgNewsAnalyzerEval {
    private AgNewsAnalyzerEval() {
    }

    public static AgNewsEval.Result evaluate(Path file, TargetScorer scorer, TopicMode mode, Path userRules,
                                             Path userDescriptions, PrintStream out) throws IOException {
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(scorer, null,
                ArticleTopics.create(mode, userRules, userDescriptions, EncoderSettings.defaults()));
        AgNewsEval.Result result = AgNewsEval.evaluate(file, (t, d) -> analyzer.analyze(t, d).topics(), out);
        if (mode.usesModel()) {
            ArticleAnalyzer rulesOnly = ArticleAnalyzer.create(scorer, null,
                    ArticleTopics.create(TopicMode.RULES, userRules, null, EncoderSettings.defaults()));
            PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
            AgNewsEval.Result base = AgNewsEval.evaluate(file, (t, d) -> rulesOnly.analyze(t, d).topics(), sink);
            double extra = result.msPerItem() - base.msPerItem();
            out.printf(Locale.ROOT, "cost: %.1f ms per item with the topic model, %.1f ms with rules only:"
                    + " the model adds %.1f ms (%.0f%% of the rules-only analyzer)%n", result.msPerItem(),
                    base.msPerItem(), extra, 100 * extra / Math.max(1e-9, base.msPerItem()));
            out.printf(Locale.ROOT, "{\"macro_f1\":%.4f,\"untagged_share\":%.4f,\"topics_per_item\":%.4f,"
                    + "\"ms_per_item\":%.2f,\"ms_per_item_rules_only\":%.2f}%n", result.macroF1(), result.untagged(),
                    result.topicsPerItem(), result.msPerItem(), base.msPerItem());
        }
        return result;
    }
}
