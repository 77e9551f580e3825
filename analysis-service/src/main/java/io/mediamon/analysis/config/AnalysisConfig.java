package io.mediamon.analysis.config;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.topic.TopicMode;
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
 * @param threads        stream threads ({@code MEDIAMON_ANALYSIS_THREADS}; default two per core, at most
 *                       {@value #MAX_DEFAULT_THREADS})
 * @param gazetteer      extra gazetteer file extending the default ({@code MEDIAMON_GAZETTEER}), or null
 * @param topicRules     extra topic rules file ({@code MEDIAMON_TOPIC_RULES}), or null
 * @param sentimentModel sentiment model file replacing the bundled one ({@code MEDIAMON_SENTIMENT_MODEL}), or null
 * @param dedupeWindow   how long an article id is remembered to drop resends ({@code MEDIAMON_DEDUPE_WINDOW})
 * @param storyWindow    how long a story stays open to near-duplicates ({@code MEDIAMON_STORY_WINDOW})
 * @param sentiment      which target scorer to run ({@code MEDIAMON_SENTIMENT}: {@code contextual}, the default, or
 *                       {@code fast})
 * @param encoder        the sentence encoder of the contextual scorer: execution provider
 *                       ({@code MEDIAMON_ENCODER_PROVIDER}: {@code cpu} or {@code cuda}), cached sentences
 *                       ({@code MEDIAMON_ENCODER_CACHE}), intra-op threads per run ({@code MEDIAMON_ENCODER_THREADS})
 * @param cascade        contextual mode: the fast scorer's confidence at or above which its answer stands and the
 *                       encoder is skipped ({@code MEDIAMON_SENTIMENT_CASCADE}; {@code off} = the encoder scores every
 *                       target)
 * @param sentimentBudget contextual mode: most sentences of one article the encoder reads beyond the headline and lead
 *                       (always read in context; the topic model reads them too), the fast scorer's least sure first
 *                       ({@code MEDIAMON_SENTIMENT_BUDGET}; {@code off} = no limit)
 * @param topics         {@code MEDIAMON_TOPICS}: {@code model} (zero-shot IPTC tagger, described user topics, domain
 *                       and user rules; the default in contextual sentiment mode), {@code model-full} or
 *                       {@code model-projected} (the same with another article embedding, see {@link TopicMode}) or
 *                       {@code rules} (boolean rules only; the default in fast mode)
 * @param topicDescriptions user topics defined by a sentence ({@code MEDIAMON_TOPIC_DESCRIPTIONS}:
 *                       {@code id | IPTC code | label | description} a line), or null
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
        SentimentMode sentiment,
        EncoderSettings encoder,
        double cascade,
        int sentimentBudget,
        TopicMode topics,
        Path topicDescriptions) {

    public static final int DEFAULT_PORT = 8082;
    /** Default cascade threshold, chosen on the NewsMTSC dev files (README, "Target sentiment"). */
    public static final double DEFAULT_CASCADE = 0.8;
    /** A cascade threshold no confidence reaches: the encoder scores every target. */
    public static final double CASCADE_OFF = 2.0;
    /** Default target scorer (README, "Target sentiment": contextual is the default since issue 10). */
    public static final SentimentMode DEFAULT_SENTIMENT = SentimentMode.CONTEXTUAL;
    /** Most stream threads given by default, whatever the core count (beyond that, run more instances). */
    public static final int MAX_DEFAULT_THREADS = 8;

    /**
     * Stream threads when {@code MEDIAMON_ANALYSIS_THREADS} is not set: two per core, at most
     * {@value #MAX_DEFAULT_THREADS}. The language work is CPU-bound, and while one thread commits its transaction or
     * waits on the broker another can compute: on the 2-core box {@code bench} gave 19.9 and 21.9 articles/s with one
     * thread, 24.9 to 29.8 with two and 27.2 and 31.9 with four, runs alternating (README).
     */
    public static int defaultThreads() {
        return Math.max(1, Math.min(MAX_DEFAULT_THREADS, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /** Default per-article encoder budget in contextual mode (README, "Target sentiment"). */
    public static final int DEFAULT_BUDGET = 1;
    /** No per-article encoder budget. */
    public static final int BUDGET_OFF = -1;

    public static AnalysisConfig load(Settings settings, String defaultBootstrap) {
        KafkaSettings kafka = KafkaSettings.from(settings, defaultBootstrap);
        HttpSettings http = HttpSettings.from(settings, "MEDIAMON_ANALYSIS_PORT", DEFAULT_PORT);
        String applicationId = settings.string("MEDIAMON_ANALYSIS_APPLICATION_ID", "mediamon-analysis");
        Path stateDir = Path.of(settings.string("MEDIAMON_ANALYSIS_STATE_DIR",
                System.getProperty("java.io.tmpdir") + "/mediamon-state"));
        int threads = settings.integer("MEDIAMON_ANALYSIS_THREADS", defaultThreads(), 1, 64);
        Path gazetteer = optionalFile(settings, "MEDIAMON_GAZETTEER");
        Path rules = optionalFile(settings, "MEDIAMON_TOPIC_RULES");
        Path model = optionalFile(settings, "MEDIAMON_SENTIMENT_MODEL");
        Duration dedupe = settings.duration("MEDIAMON_DEDUPE_WINDOW", Duration.ofDays(7));
        Duration story = settings.duration("MEDIAMON_STORY_WINDOW", Duration.ofDays(3));
        SentimentMode sentiment = sentimentMode(settings);
        EncoderSettings encoder = encoder(settings);
        double cascade = cascade(settings);
        int budget = budget(settings);
        TopicMode topics = topicMode(settings, sentiment);
        Path descriptions = optionalFile(settings, "MEDIAMON_TOPIC_DESCRIPTIONS");
        settings.validate();
        return new AnalysisConfig(kafka, http, applicationId, stateDir, threads, gazetteer, rules, model, dedupe,
                story, sentiment, encoder, cascade, budget, topics, descriptions);
    }

    private static EncoderSettings encoder(Settings settings) {
        EncoderSettings d = EncoderSettings.defaults();
        String provider = settings.string("MEDIAMON_ENCODER_PROVIDER", "cpu");
        EncoderSettings.Provider p = EncoderSettings.Provider.CPU;
        try {
            p = EncoderSettings.Provider.parse(provider);
        } catch (IllegalArgumentException e) {
            settings.problem("MEDIAMON_ENCODER_PROVIDER=" + provider + " is not one of cpu, cuda");
        }
        int cache = settings.integer("MEDIAMON_ENCODER_CACHE", d.cacheSize(), 0, 10_000_000);
        int threads = settings.integer("MEDIAMON_ENCODER_THREADS", d.threads(), 1, 64);
        return new EncoderSettings(d.layer(), d.maxTokens(), cache, p, threads);
    }

    private static double cascade(Settings settings) {
        String value = settings.string("MEDIAMON_SENTIMENT_CASCADE", null);
        if (value != null && value.strip().equalsIgnoreCase("off")) {
            return CASCADE_OFF;
        }
        return settings.decimal("MEDIAMON_SENTIMENT_CASCADE", DEFAULT_CASCADE, 0.0, 1.0);
    }

    private static int budget(Settings settings) {
        String value = settings.string("MEDIAMON_SENTIMENT_BUDGET", null);
        if (value != null && value.strip().equalsIgnoreCase("off")) {
            return BUDGET_OFF;
        }
        return settings.integer("MEDIAMON_SENTIMENT_BUDGET", DEFAULT_BUDGET, 0, 10_000);
    }

    /**
     * The topic mode: as set, else the model where contextual sentiment already runs the encoder over the headline
     * and lead (the topics reuse those passes), and rules in fast mode, where the model would multiply the cost of an
     * article about fifteenfold.
     */
    private static TopicMode topicMode(Settings settings, SentimentMode sentiment) {
        TopicMode fallback = sentiment == SentimentMode.CONTEXTUAL ? TopicMode.MODEL : TopicMode.RULES;
        String value = settings.string("MEDIAMON_TOPICS", fallback.key());
        try {
            return TopicMode.parse(value);
        } catch (IllegalArgumentException e) {
            settings.problem("MEDIAMON_TOPICS=" + value + " is not one of rules, model");
            return fallback;
        }
    }

    private static SentimentMode sentimentMode(Settings settings) {
        String value = settings.string("MEDIAMON_SENTIMENT", DEFAULT_SENTIMENT.key());
        SentimentMode mode = SentimentMode.fromKey(value);
        if (mode == null) {
            settings.problem("MEDIAMON_SENTIMENT=" + value + " is not one of fast, contextual");
            return DEFAULT_SENTIMENT;
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
                sentimentModel, dedupeWindow, storyWindow, sentiment, encoder, cascade, sentimentBudget, topics,
                topicDescriptions);
    }

    /** The same configuration with topic mode {@code mode} (user descriptions dropped for {@code rules}). */
    public AnalysisConfig withTopics(TopicMode mode) {
        return new AnalysisConfig(kafka, http, applicationId, stateDir, threads, gazetteer, topicRules,
                sentimentModel, dedupeWindow, storyWindow, sentiment, encoder, cascade, sentimentBudget, mode,
                mode == TopicMode.RULES ? null : topicDescriptions);
    }
}
