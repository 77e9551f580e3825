package io.mediamon.analysis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.analysis.topic.TopicMode;
import io.mediamon.common.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentConfigTest {

    private static AnalysisConfig load(Map<String, String> env) {
        return AnalysisConfig.load(Settings.from(env), "localhost:9092");
    }

    @Test
    void shouldReadTheEncoderBudgetAndItsOffSwitch() {
        assertThat(load(Map.of()).sentimentBudget()).isEqualTo(AnalysisConfig.DEFAULT_BUDGET);
        assertThat(load(Map.of("MEDIAMON_SENTIMENT_BUDGET", "5")).sentimentBudget()).isEqualTo(5);
        assertThat(load(Map.of("MEDIAMON_SENTIMENT_BUDGET", "off")).sentimentBudget())
                .isEqualTo(AnalysisConfig.BUDGET_OFF);
        assertThatThrownBy(() -> load(Map.of("MEDIAMON_SENTIMENT_BUDGET", "-3")))
                .hasMessageContaining("MEDIAMON_SENTIMENT_BUDGET");
    }

    @Test
    void shouldDefaultToTwoStreamThreadsPerCoreUpToTheCapAndReadAnExplicitCount() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(load(Map.of()).threads()).isEqualTo(Math.min(2 * cores, AnalysisConfig.MAX_DEFAULT_THREADS))
                .isBetween(1, AnalysisConfig.MAX_DEFAULT_THREADS);
        assertThat(load(Map.of("MEDIAMON_ANALYSIS_THREADS", "3")).threads()).isEqualTo(3);
        assertThatThrownBy(() -> load(Map.of("MEDIAMON_ANALYSIS_THREADS", "0")))
                .hasMessageContaining("MEDIAMON_ANALYSIS_THREADS");
    }

    @Test
    void shouldDefaultToContextualSentimentWithTheTopicModel() {
        AnalysisConfig config = load(Map.of());
        assertThat(config.sentiment()).isEqualTo(SentimentMode.CONTEXTUAL);
        assertThat(config.topics()).isEqualTo(TopicMode.MODEL);
    }

    @Test
    void shouldDefaultTheTopicModelToFollowTheSentimentMode() {
        assertThat(load(Map.of("MEDIAMON_SENTIMENT", "contextual")).topics()).isEqualTo(TopicMode.MODEL);
        assertThat(load(Map.of("MEDIAMON_SENTIMENT", "fast")).topics()).isEqualTo(TopicMode.RULES);
        assertThat(load(Map.of("MEDIAMON_SENTIMENT", "fast", "MEDIAMON_TOPICS", "model")).topics())
                .isEqualTo(TopicMode.MODEL);
    }
}
