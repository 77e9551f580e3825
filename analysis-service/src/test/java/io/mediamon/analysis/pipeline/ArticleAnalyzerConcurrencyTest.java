package io.mediamon.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.testkit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerConcurrencyTest {
    private static final String[] SEEDS = {"000", "001", "002", "003", "004"};

    @Test
    void shouldGiveTheSameResultsWhenSharedBetweenThreads() throws Exception {
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults(new LexiconScorer());
        List<ArticleAnalysis> expected = new ArrayList<>();
        List<Callable<ArticleAnalysis>> tasks = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String prefix : SEEDS) {
                Seeds.Seed seed = Seeds.load(prefix);
                if (round == 0) {
                    expected.add(analyzer.analyze(seed.title(), seed.body()));
                }
                tasks.add(() -> analyzer.analyze(seed.title(), seed.body()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ArticleAnalysis>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % SEEDS.length));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
