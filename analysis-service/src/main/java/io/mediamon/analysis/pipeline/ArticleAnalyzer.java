package io.mediamon.analysis.pipeline;

import io.mediamon.analysis.clean.CleanedText;
import io.mediamon.analysis.clean.TextCleaner;
import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.entity.PartyMentions;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.TargetScorers;
import io.mediamon.analysis.sentiment.party.ArticleStance;
import io.mediamon.analysis.sentiment.party.ArticleStanceModel;
import io.mediamon.analysis.sentiment.party.PartySentimentAggregator;
import io.mediamon.analysis.story.SimHash;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.SentenceSplitter;
import io.mediamon.analysis.topic.TopicRule;
import io.mediamon.analysis.topic.TopicRules;
import io.mediamon.analysis.topic.ArticleTopics;
import io.mediamon.common.event.NewEntity;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.TextStats;
import io.mediamon.common.event.TopicTag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * The article-level language pipeline: clean, split into sentences, find parties, tag topics, score
 * the sentiment toward each party, and report unknown names.
 *
 * <p>Build it once and share it: it is immutable and thread-safe (automata are built in the
 * constructor; sentence detectors are per thread). Thread-safety of the whole also needs the
 * {@link TargetScorer} to be thread-safe, as its contract says.
 */
public final class ArticleAnalyzer {
    private static final int MAX_HEADLINE_CHARS = 160;

    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final LiveWatchlist watchlist;
    private final TextCleaner cleaner;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final ArticleTopics topics;
    private final PartySentimentAggregator sentiment;
    private final PartyFinder parties = new PartyFinder();

    public ArticleAnalyzer(TargetScorer scorer, Gazetteer gazetteer, List<TopicRule> topicRules) {
        this(scorer, LiveWatchlist.fixed(Objects.requireNonNull(gazetteer, "gazetteer")), topicRules);
    }

    /** An analyzer that applies {@code watchlist} as it changes: each article sees the rules of its moment. */
    public ArticleAnalyzer(TargetScorer scorer, LiveWatchlist watchlist, List<TopicRule> topicRules) {
        this(scorer, watchlist, ArticleTopics.rulesOnly(topicRules));
    }

    /** An analyzer with the given topic tagging (rules, or the model with rules). */
    public ArticleAnalyzer(TargetScorer scorer, LiveWatchlist watchlist, ArticleTopics topics) {
        this(scorer, watchlist, topics, ArticleStanceModel.forScorer(Objects.requireNonNull(scorer, "scorer")));
    }

    /** As above, with the article-level decision given (the lab fits it through this). */
    public ArticleAnalyzer(TargetScorer scorer, LiveWatchlist watchlist, List<TopicRule> topicRules,
                           ArticleStance stance) {
        this(scorer, watchlist, ArticleTopics.rulesOnly(topicRules), stance);
    }

    /** The analyzer with its topic tagging and article-level decision given. */
    public ArticleAnalyzer(TargetScorer scorer, LiveWatchlist watchlist, ArticleTopics topics, ArticleStance stance) {
        this.watchlist = Objects.requireNonNull(watchlist, "watchlist");
        this.cleaner = new TextCleaner(watchlist.view().catalog().matcher());
        this.topics = Objects.requireNonNull(topics, "topics");
        this.sentiment = new PartySentimentAggregator(Objects.requireNonNull(scorer, "scorer"),
                Objects.requireNonNull(stance, "stance"));
    }

    /** Default gazetteer and topic rules from the classpath. */
    public static ArticleAnalyzer withDefaults(TargetScorer scorer) {
        return new ArticleAnalyzer(scorer, Gazetteer.defaults(), TopicRules.defaults());
    }

    /**
     * Defaults extended by user files; either path may be null. User entries replace default entries
     * with the same id (gazetteer) or rule id (topics).
     */
    public static ArticleAnalyzer create(TargetScorer scorer, Path userGazetteer, Path userTopicRules) {
        return create(scorer, LiveWatchlist.fixed(gazetteer(userGazetteer)), userTopicRules);
    }

    /** Like {@link #create(TargetScorer, Path, Path)}, applying a live watchlist built on the same gazetteer. */
    public static ArticleAnalyzer create(TargetScorer scorer, LiveWatchlist watchlist, Path userTopicRules) {
        List<TopicRule> rules = userTopicRules == null ? TopicRules.defaults() : TopicRules.withUserFile(userTopicRules);
        return new ArticleAnalyzer(scorer, watchlist, rules);
    }

    /** The default gazetteer, extended by a user file when one is given. */
    public static Gazetteer gazetteer(Path userGazetteer) {
        return userGazetteer == null ? Gazetteer.defaults() : Gazetteer.withUserFile(userGazetteer);
    }

    /**
     * The analyzer a service with this configuration runs: its scorer ({@code MEDIAMON_SENTIMENT}, through
     * {@link TargetScorers}), gazetteer and topic rules.
     */
    public static ArticleAnalyzer fromConfig(AnalysisConfig config) {
        return fromConfig(config, LiveWatchlist.fixed(gazetteer(config.gazetteer())));
    }

    /** As {@link #fromConfig(AnalysisConfig)}, applying {@code watchlist} as it changes. */
    public static ArticleAnalyzer fromConfig(AnalysisConfig config, LiveWatchlist watchlist) {
        return new ArticleAnalyzer(TargetScorers.create(config.sentiment(), config.sentimentModel(), config.encoder(),
                config.cascade(), config.sentimentBudget()), watchlist,
                ArticleTopics.create(config.topics(), config.topicRules(), config.topicDescriptions(),
                        config.encoder()));
    }

    /** Defaults extended by a user gazetteer (may be null), with the given topic tagging. */
    public static ArticleAnalyzer create(TargetScorer scorer, Path userGazetteer, ArticleTopics topics) {
        return new ArticleAnalyzer(scorer, LiveWatchlist.fixed(gazetteer(userGazetteer)), topics);
    }

    public ArticleAnalysis analyze(String title, String body) {
        return analyze(title, body, true, StageClock.NONE);
    }

    /** As {@link #analyze(String, String)}, telling {@code clock} as each {@link Stage} ends. */
    public ArticleAnalysis analyze(String title, String body, StageClock clock) {
        return analyze(title, body, true, clock);
    }

    /**
     * @param scoreSentiment false for text in a language the scorer was not made for: parties are still found
     *                       and counted, with no sentiment
     */
    public ArticleAnalysis analyze(String title, String body, boolean scoreSentiment) {
        return analyze(title, body, scoreSentiment, StageClock.NONE);
    }

    /** The pipeline; {@code clock} is told as each {@link Stage} ends. */
    public ArticleAnalysis analyze(String title, String body, boolean scoreSentiment, StageClock clock) {
        CleanedText cleaned = cleaner.clean(title, body);
        List<String> paragraphs = paragraphs(cleaned);
        clock.lap(Stage.CLEAN);

        String joined = String.join(PARAGRAPH_SEPARATOR, paragraphs);
        ArticleText text = ArticleText.of(joined, sentenceRanges(paragraphs));
        List<Sentence> sentenceList = text.sentences();
        clock.lap(Stage.TEXT);

        ArticleTopics.Reading reading = topics.reading(text, cleaned.title());
        PartyFinder.Found found = parties.find(text, watchlist.view(), new LowerCaseWords(text), reading.aboutness());
        List<PartyMentions> byParty = found.parties();
        List<NewEntity> unknown = found.unknown();
        clock.lap(Stage.ENTITIES);

        List<TopicTag> topicTags = topics.tag(reading, found.watchedTags());
        clock.lap(Stage.TOPICS);

        List<PartySentiment> parties = scoreSentiment
                ? sentiment.aggregate(text, byParty, Set.copyOf(reading.leadSentences()))
                : sentiment.unscored(byParty);
        clock.lap(Stage.SENTIMENT);

        long fingerprint = joined.isBlank() ? SimHash.of(title == null ? "" : title) : SimHash.of(text.tokens());
        TextStats stats = new TextStats(joined.length(), sentenceList.size(), paragraphs.size());
        ArticleAnalysis analysis = new ArticleAnalysis(topicTags, parties, unknown, cleaned.flags(), stats, joined,
                headline(title, cleaned), fingerprint);
        clock.lap(Stage.STORY);
        return analysis;
    }

    /**
     * What the topic stage reads of an article, cleaned and split as {@link #analyze} does (the lab embeds
     * background text and distils topic labels through it).
     */
    public ArticleTopics.Reading topicReading(String title, String body) {
        CleanedText cleaned = cleaner.clean(title, body);
        List<String> paragraphs = paragraphs(cleaned);
        ArticleText text = ArticleText.of(String.join(PARAGRAPH_SEPARATOR, paragraphs), sentenceRanges(paragraphs));
        return topics.reading(text, cleaned.title());
    }

    private static List<String> paragraphs(CleanedText cleaned) {
        List<String> paragraphs = new ArrayList<>(cleaned.paragraphs().size() + 1);
        if (!cleaned.title().isEmpty()) {
            paragraphs.add(cleaned.title());
        }
        paragraphs.addAll(cleaned.paragraphs());
        return paragraphs;
    }

    /**
     * The headline to show: the given title unless cleaning found it to be site furniture (a navigation line,
     * an edition menu), then the first kept paragraph when it reads like a headline, else the given title.
     */
    static String headline(String title, CleanedText cleaned) {
        if (!cleaned.title().isEmpty() || cleaned.paragraphs().isEmpty()) {
            return title == null ? "" : title.strip();
        }
        String first = cleaned.paragraphs().get(0).strip();
        boolean headlineLike = first.length() <= MAX_HEADLINE_CHARS && !first.endsWith(".") && !first.endsWith(":")
                && first.indexOf('\n') < 0;
        return headlineLike ? first : title.strip();
    }

    private List<int[]> sentenceRanges(List<String> paragraphs) {
        List<int[]> out = new ArrayList<>();
        int offset = 0;
        for (String paragraph : paragraphs) {
            for (Span span : sentences.split(paragraph)) {
                out.add(new int[] {offset + span.getStart(), offset + span.getEnd()});
            }
            offset += paragraph.length() + PARAGRAPH_SEPARATOR.length();
        }
        return out;
    }
}
