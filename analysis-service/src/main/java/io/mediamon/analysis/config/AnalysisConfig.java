package io.mediamon.analysis.config;

import io.mediamon.common.config.HttpSettings;
import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * analysis-service settings.
 *
 * @param applicationId  Kafka Streams application id ({@code MEDIAMON_ANALYSIS_APPLICATION_ID})
 * @param stateDir       Streams state directory ({@code MEDIAMON_ANALYSIS_STATE_DIR})
 * @param threads        stream threads ({@code MEDIAMON_ANALYSIS_THREADS})
 * @param gazetteer      extra gazetteer file extending the default ({@code MEDIAMON_GAZETTEER}), or null
 * @param topicRules     extra topic rules file ({@code MEDIAMON_TOPIC_RULES}), or null
 * @param sentimentModel sentiment model file replacing the bundled one ({@code MEDIAMON_SENTIMENT_MODEL}), or null
 * @param dedupeWindow   how long an article id is remembered to drop resends ({@code MEDIAMON_DEDUPE_WINDOW})
 * @param storyWindow    how long a story stays open to near-duplicates ({@code MEDIAMON_STORY_WINDOW})
 * @param sentiment      which target scorer to run ({@code MEDIAMON_SENTIMENT}: {@code fast} or {@code contextual})
 */
public record AnalysisConfig(
        KafkaSettings kafka,
        HttpSettings http,
        String applicationId,
        Path stateDir,
        int threads,
        Path gazetteer,
        Path topicRules,
        Path sentimentModel,
        Duration dedupeWindow,
        Duration storyWindow,
        SentimentMode sentiment) {

    public static final int DEFAULT_PORT = 8082;

    public static AnalysisConfig load(Settings settings, String defaultBootstrap) {
        KafkaSettings kafka = KafkaSettings.from(settings, defaultBootstrap);
        HttpSettings http = HttpSettings.from(settings, "MEDIAMON_ANALYSIS_PORT", DEFAULT_PORT);
        String applicationId = settings.string("MEDIAMON_ANALYSIS_APPLICATION_ID", "mediamon-analysis");
        Path stateDir = Path.of(settings.string("MEDIAMON_ANALYSIS_STATE_DIR",
                System.getProperty("java.io.tmpdir") + "/mediamon-state"));
        int threads = settings.integer("MEDIAMON_ANALYSIS_THREADS", 1, 1, 64);
        Path gazetteer = optionalFile(settings, "MEDIAMON_GAZETTEER");
        Path rules = optionalFile(settings, "MEDIAMON_TOPIC_RULES");
        Path model = optionalFile(settings, "MEDIAMON_SENTIMENT_MODEL");
        Duration dedupe = settings.duration("MEDIAMON_DEDUPE_WINDOW", Duration.ofDays(7));
        Duration story = settings.duration("MEDIAMON_STORY_WINDOW", Duration.ofDays(3));
        SentimentMode sentiment = sentimentMode(settings);
        settings.validate();
        return new AnalysisConfig(kafka, http, applicationId, stateDir, threads, gazetteer, rules, model, dedupe,
                story, sentiment);
    }

    private static SentimentMode sentimentMode(Settings settings) {
        String value = settings.string("MEDIAMON_SENTIMENT", SentimentMode.FAST.key());
        SentimentMode mode = SentimentMode.fromKey(value);
        if (mode == null) {
            settings.problem("MEDIAMON_SENTIMENT=" + value + " is not one of fast, contextual");
            return SentimentMode.FAST;
        }
        return mode;
    }

    private static Path optionalFile(Settings settings, String name) {
        String value = settings.string(name, null);
        if (value == null) {
            return null;
        }
        Path path = Path.of(value);
        if (!Files.isReadable(path)) {
            settings.problem(name + "=" + value + " is not a readable file");
        }
        return path;
    }

    public AnalysisConfig withKafka(KafkaSettings newKafka) {
        return new AnalysisConfig(newKafka, http, applicationId, stateDir, threads, gazetteer, topicRules,
                sentimentModel, dedupeWindow, storyWindow, sentiment);
    }
}
