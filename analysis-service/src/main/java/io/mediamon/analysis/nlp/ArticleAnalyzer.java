package io.mediamon.analysis.nlp;

import io.mediamon.analysis.sentiment.TargetScorer;
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
    private final TopicTagger topics;
    private final PartyMentionCollector partyMentions;
    private final PartySentimentAggregator sentiment;
    private final NewEntityFinder newEntities = new NewEntityFinder();

    public ArticleAnalyzer(TargetScorer scorer, Gazetteer gazetteer, List<TopicRule> topicRules) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        this.entities = new EntityMatcher(gazetteer);
        this.cleaner = new TextCleaner(entities);
        this.topics = new TopicTagger(topicRules);
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

    public ArticleAnalysis analyze(String title, String body) {
        CleanedText cleaned = cleaner.clean(title, body);
        List<String> paragraphs = new ArrayList<>(cleaned.paragraphs().size() + 1);
        if (!cleaned.title().isEmpty()) {
            paragraphs.add(cleaned.title());
        }
        paragraphs.addAll(cleaned.paragraphs());
        String text = String.join(PARAGRAPH_SEPARATOR, paragraphs);
        List<SentenceSpan> sentenceSpans = sentenceSpans(paragraphs);

        List<Token> tokens = Tokenizer.tokenize(text);
        List<TopicTag> topicTags = topics.tag(text, new TokenIndex(tokens));
        List<EntityMention> withBlockers = entities.find(text, true);
        List<EntityMention> mentions = withBlockers.stream().filter(m -> !m.entry().isBlocker()).toList();
        List<PartySentiment> parties = sentiment.aggregate(text, sentenceSpans,
                partyMentions.collect(mentions, sentenceSpans));
        List<NewEntity> unknown = newEntities.find(text, sentenceSpans, withBlockers, lowerCaseWords(text, tokens));

        TextStats stats = new TextStats(text.length(), sentenceSpans.size(), paragraphs.size());
        return new ArticleAnalysis(topicTags, parties, unknown, cleaned.flags(), stats, text,
                headline(title, cleaned));
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

    private List<SentenceSpan> sentenceSpans(List<String> paragraphs) {
        List<SentenceSpan> out = new ArrayList<>();
        int offset = 0;
        for (String paragraph : paragraphs) {
            for (Span span : sentences.split(paragraph)) {
                out.add(new SentenceSpan(offset + span.getStart(), offset + span.getEnd()));
            }
            offset += paragraph.length() + PARAGRAPH_SEPARATOR.length();
        }
        return out;
    }

    private static Set<String> lowerCaseWords(String text, List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            if (Character.isLowerCase(text.charAt(t.start()))) {
                out.add(t.norm());
            }
        }
        return out;
    }
}
