package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.ArticleText;
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
    /** The model reads the headline and this much of the lead (its encoder truncates to 128 tokens anyway). */
    static final int LEAD_CHARS = 600;
    /** Headline-and-lead embeddings kept by text hash (resends and syndicated copies are embedded once). */
    static final int EMBEDDING_CACHE = 4096;

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
    public static ArticleTopics create(TopicMode mode, Path userRules, Path userDescriptions) {
        if (mode == TopicMode.RULES) {
            if (userDescriptions != null) {
                throw new IllegalArgumentException("MEDIAMON_TOPIC_DESCRIPTIONS needs MEDIAMON_TOPICS=model");
            }
            return rulesOnly(userRules == null ? TopicRules.defaults() : TopicRules.withUserFile(userRules));
        }
        List<DescribedTopic> described = userDescriptions == null ? List.of() : DescribedTopics.read(userDescriptions);
        ZeroShotTopicTagger tagger = new ZeroShotTopicTagger(TopicEmbedder.open(EMBEDDING_CACHE),
                DescribedTopics.iptc(), described, TopicThresholds.bundled());
        return withModel(TopicRules.defaults(), userRules == null ? List.of() : TopicRules.userFile(userRules),
                tagger);
    }

    public List<TopicTag> tag(ArticleText text, String headline, String lead) {
        List<TopicTag> ruleTags = rules.tag(text);
        if (model == null) {
            return ruleTags;
        }
        List<TopicTag> out = new ArrayList<>(model.tag(modelInput(headline, lead)));
        ruleTags.stream().sorted(Comparator.comparingInt((TopicTag t) -> t.matches().size()).reversed())
                .forEach(out::add);
        return out.size() > MAX_TOPICS ? List.copyOf(out.subList(0, MAX_TOPICS)) : out;
    }

    static String modelInput(String headline, String lead) {
        String h = headline == null ? "" : headline.strip();
        String l = lead == null ? "" : lead.strip();
        if (l.length() > LEAD_CHARS) {
            int cut = l.lastIndexOf(' ', LEAD_CHARS);
            l = l.substring(0, cut > 0 ? cut : LEAD_CHARS);
        }
        if (h.isEmpty()) {
            return l;
        }
        if (l.isEmpty() || l.startsWith(h)) {
            return l.isEmpty() ? h : l;
        }
        return h + (h.endsWith(".") || h.endsWith("?") || h.endsWith("!") ? " " : ". ") + l;
    }
}
