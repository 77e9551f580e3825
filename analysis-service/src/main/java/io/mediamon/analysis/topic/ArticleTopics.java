package io.mediamon.analysis.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.common.event.TopicTag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article's topics: boolean rules (the user's exact queries and the domain pack) and, when a model is given, the
 * zero-shot tagger on the headline and lead, which then replaces the default rules for the topics it covers (the
 * IPTC top-level subjects). At most {@value #MAX_TOPICS} tags: model tags first (at most
 * {@value ZeroShotTopicTagger#MAX_DEFAULT} IPTC ones), then rule tags by how many places matched.
 */
public final class ArticleTopics {
    public static final int MAX_TOPICS = 5;
    /**
     * The model reads the headline's sentences and the lead's first sentences, whole, while the lead has fewer than
     * this many characters (at least one lead sentence, at most {@value #LEAD_SENTENCES}).
     */
    static final int LEAD_CHARS = 400;
    static final int LEAD_SENTENCES = 3;

    private final TopicTagger rules;
    private final ZeroShotTopicTagger model;

    private ArticleTopics(TopicTagger rules, ZeroShotTopicTagger model) {
        this.rules = rules;
        this.model = model;
    }

    /** Rules only (the behaviour before the model): every default and user rule. */
    public static ArticleTopics rulesOnly(List<TopicRule> rules) {
        return new ArticleTopics(new TopicTagger(rules), null);
    }

    /**
     * The model for its topics, plus every rule whose id the model does not cover. A user rule with the id of a
     * model topic keeps the rule: give it another id to have both.
     */
    public static ArticleTopics withModel(List<TopicRule> defaultRules, List<TopicRule> userRules,
                                          ZeroShotTopicTagger model) {
        Set<String> covered = model.defaultIds();
        Set<String> userIds = userRules.stream().map(TopicRule::id).collect(Collectors.toSet());
        List<TopicRule> kept = new ArrayList<>();
        for (TopicRule r : defaultRules) {
            if (!covered.contains(r.id()) && !userIds.contains(r.id())) {
                kept.add(r);
            }
        }
        kept.addAll(userRules);
        return new ArticleTopics(new TopicTagger(kept), model);
    }

    /**
     * The tagging {@code mode} asks for: default rules extended by {@code userRules} (may be null); with the model,
     * the IPTC topics plus the user's described topics from {@code userDescriptions} (may be null).
     */
    public static ArticleTopics create(TopicMode mode, Path userRules, Path userDescriptions, EncoderSettings encoder) {
        if (mode == TopicMode.RULES) {
            if (userDescriptions != null) {
                throw new IllegalArgumentException("MEDIAMON_TOPIC_DESCRIPTIONS needs MEDIAMON_TOPICS=model");
            }
            return rulesOnly(userRules == null ? TopicRules.defaults() : TopicRules.withUserFile(userRules));
        }
        List<DescribedTopic> described = userDescriptions == null ? List.of() : DescribedTopics.read(userDescriptions);
        ZeroShotTopicTagger tagger = new ZeroShotTopicTagger(TopicEmbedder.shared(encoder),
                DescribedTopics.iptc(), described, TopicThresholds.bundled());
        return withModel(TopicRules.defaults(), userRules == null ? List.of() : TopicRules.userFile(userRules),
                tagger);
    }

    /**
     * The article's tags. {@code headline} is the cleaned title, which starts {@code text} when not empty; the model
     * reads its sentences and the lead's first ones, as {@code text} splits them.
     */
    public List<TopicTag> tag(ArticleText text, String headline) {
        List<TopicTag> ruleTags = rules.tag(text);
        if (model == null) {
            return ruleTags;
        }
        List<TopicTag> out = new ArrayList<>(model.tag(modelInput(text, headline == null ? 0 : headline.length())));
        ruleTags.stream().sorted(Comparator.comparingInt((TopicTag t) -> t.matches().size()).reversed())
                .forEach(out::add);
        return out.size() > MAX_TOPICS ? List.copyOf(out.subList(0, MAX_TOPICS)) : out;
    }

    /**
     * The sentences the model reads: those of the headline (the first {@code headlineChars} characters of the
     * text), then lead sentences while the lead is under {@value #LEAD_CHARS} characters.
     */
    static List<String> modelInput(ArticleText text, int headlineChars) {
        List<String> out = new ArrayList<>();
        int leadChars = 0;
        int leadSentences = 0;
        for (Sentence s : text.sentences()) {
            String sentence = text.textOf(s);
            if (sentence.isBlank()) {
                continue;
            }
            if (s.start() < headlineChars) {
                out.add(sentence);
                continue;
            }
            if (leadSentences == LEAD_SENTENCES || (leadSentences > 0 && leadChars + sentence.length() > LEAD_CHARS)) {
                break;
            }
            out.add(sentence);
            leadChars += sentence.length();
            leadSentences++;
        }
        return out;
    }
}
