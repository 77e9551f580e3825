package io.mediamon.analysis.pipeline;

import io.mediamon.analysis.clean.CleanedText;
import io.mediamon.analysis.clean.TextCleaner;
import io.mediamon.analysis.entity.EntityMatcher;
import io.mediamon.analysis.entity.EntityMention;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.entity.NewEntityFinder;
import io.mediamon.analysis.entity.PartyMentionCollector;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.party.PartySentimentAggregator;
import io.mediamon.analysis.story.SimHash;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.SentenceSplitter;
import io.mediamon.analysis.text.Term;
import io.mediamon.analysis.topic.TopicRule;
import io.mediamon.analysis.topic.TopicRules;
import io.mediamon.analysis.topic.ArticleTopics;
import io.mediamon.common.event.NewEntity;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.TextStats;
import io.mediamon.common.event.TopicTag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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

    private final EntityMatcher entities;
    private final TextCleaner cleaner;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final ArticleTopics topics;
    private final PartyMentionCollector partyMentions;
    private final PartySentimentAggregator sentiment;
    private final NewEntityFinder newEntities = new NewEntityFinder();

    public ArticleAnalyzer(TargetScorer scorer, Gazetteer gazetteer, List<TopicRule> topicRules) {
        this(scorer, gazetteer, ArticleTopics.rulesOnly(topicRules));
    }

    public ArticleAnalyzer(TargetScorer scorer, Gazetteer gazetteer, ArticleTopics topics) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        this.entities = new EntityMatcher(gazetteer);
        this.cleaner = new TextCleaner(entities);
        this.topics = Objects.requireNonNull(topics, "topics");
        this.partyMentions = new PartyMentionCollector(gazetteer);
        this.sentiment = new PartySentimentAggregator(Objects.requireNonNull(scorer, "scorer"));
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
        Gazetteer gazetteer = userGazetteer == null ? Gazetteer.defaults() : Gazetteer.withUserFile(userGazetteer);
        List<TopicRule> rules = userTopicRules == null ? TopicRules.defaults() : TopicRules.withUserFile(userTopicRules);
        return new ArticleAnalyzer(scorer, gazetteer, rules);
    }

    /** Defaults extended by user files (either may be null), with the given topic tagging. */
    public static ArticleAnalyzer create(TargetScorer scorer, Path userGazetteer, ArticleTopics topics) {
        Gazetteer gazetteer = userGazetteer == null ? Gazetteer.defaults() : Gazetteer.withUserFile(userGazetteer);
        return new ArticleAnalyzer(scorer, gazetteer, topics);
    }

    public ArticleAnalysis analyze(String title, String body) {
        CleanedText cleaned = cleaner.clean(title, body);
        List<String> paragraphs = new ArrayList<>(cleaned.paragraphs().size() + 1);
        if (!cleaned.title().isEmpty()) {
            paragraphs.add(cleaned.title());
        }
        paragraphs.addAll(cleaned.paragraphs());
        String joined = String.join(PARAGRAPH_SEPARATOR, paragraphs);
        ArticleText text = ArticleText.of(joined, sentenceRanges(paragraphs));
        List<Sentence> sentenceList = text.sentences();

        List<TopicTag> topicTags = topics.tag(text, cleaned.title(), String.join(" ", cleaned.paragraphs()));
        List<EntityMention> withBlockers = entities.find(joined, true);
        List<EntityMention> mentions = withBlockers.stream().filter(m -> !m.entry().isBlocker()).toList();
        List<PartySentiment> parties = sentiment.aggregate(text, partyMentions.collect(mentions, sentenceList));
        List<NewEntity> unknown = newEntities.find(joined, sentenceList, withBlockers, lowerCaseWords(text));
        long fingerprint = joined.isBlank() ? SimHash.of(title == null ? "" : title) : SimHash.of(text.tokens());

        TextStats stats = new TextStats(joined.length(), sentenceList.size(), paragraphs.size());
        return new ArticleAnalysis(topicTags, parties, unknown, cleaned.flags(), stats, joined,
                headline(title, cleaned), fingerprint);
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

    private static Set<String> lowerCaseWords(ArticleText text) {
        Set<String> out = new HashSet<>();
        String chars = text.text();
        for (Term t : text.termIndex().terms()) {
            if (Character.isLowerCase(chars.charAt(t.start()))) {
                out.add(t.norm());
            }
        }
        return out;
    }
}
