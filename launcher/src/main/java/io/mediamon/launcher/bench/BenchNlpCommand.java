package io.mediamon.launcher.bench;

import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.topic.TopicMode;
import io.mediamon.common.config.Settings;
import io.mediamon.lab.bench.NlpBenchmark;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mediamon bench nlp}: the language pipeline alone, in-process, on one thread. */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "Run the language pipeline in-process on one thread over synthetic articles and the seeds;"
                + " print articles/s per core and CPU time per stage. The last line is JSON."
                + " MEDIAMON_SENTIMENT=fast|contextual picks the scorer.")
public final class BenchNlpCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "2000", description = "Synthetic articles. Default ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--size", defaultValue = "5120", description = "Body size in bytes. Default ${DEFAULT-VALUE}")
    int size;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes. Default ${DEFAULT-VALUE}")
    int passes;

    @Option(names = "--compare-topics", paramLabel = "MODE",
            description = "Also run the same analyzer with MEDIAMON_TOPICS=MODE (model or rules), passes alternating,"
                    + " and print what the configured topic mode costs against it")
    String compareTopics;

    @Override
    public Integer call() {
        AnalysisConfig config = AnalysisConfig.load(Settings.fromEnvironment(), "localhost:9092");
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromConfig(config);
        List<NlpBenchmark.Input> seeds = NlpBenchmark.seeds();
        NlpBenchmark bench = new NlpBenchmark(analyzer, config.sentiment().key());
        List<NlpBenchmark.Input> inputs = NlpBenchmark.inputs(articles, size, seeds);
        if (compareTopics == null) {
            bench.run(inputs, size, passes, System.out);
            return 0;
        }
        TopicMode peerMode = TopicMode.parse(compareTopics);
        AnalysisConfig peerConfig = config.withTopics(peerMode);
        bench.compare(inputs, size, passes, ArticleAnalyzer.fromConfig(peerConfig), "topics_" + config.topics().key(),
                "topics_" + peerMode.key(), System.out);
        return 0;
    }
}
