package io.mediamon.analysis.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.common.event.TopicSource;
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
     * this many characters (at least one lead sentence, at most {@value #LEAD_SENTENCES}). Two lead sentences rather
     * than three: the first tag agrees with the three-sentence input's on 0.954 of allowed articles for about a fifth
     * less topic-stage CPU ({@code io.mediamon.lab.topic.TopicLeadCheck}, README).
     */
    static final int LEAD_CHARS = 400;
    static final int LEAD_SENTENCES = 2;

    private final TopicTagger rules;
    private final ZeroShotTopicTagger model;
    private final AboutMatcher about;
    /** Predicts the last-layer embedding from the middle layer's states, or null: run the last layers. */
    private final LayerProjection projection;

    private ArticleTopics(TopicTagger rules, ZeroShotTopicTagger model, AboutMatcher about,
                          LayerProjection projection) {
        this.rules = rules;
        this.model = model;
        this.about = about;
        this.projection = projection;
    }

    /**
     * The same tagging, with the article embedding predicted by {@code projection} from the states after its layer
     * (the middle-layer passes the sentiment scorer reads, run on to that layer), or made by the last layers when null.
     */
    public ArticleTopics withProjection(LayerProjection projection) {
        return new ArticleTopics(rules, model, about, projection);
    }

    /**
     * The article embedding of {@code passages} (sentences, each encoded alone) as this tagging makes it: through the
     * projection when there is one, else by the last layers. Unit length; empty without tokens.
     */
    public float[] embed(List<String> passages) {
        return projection == null ? about.embedder().embed(passages) : about.embedder().embed(passages, projection);
    }

    /**
     * What the topic stage reads of one article: its headline-and-lead embedding, made at most once and only when
     * asked for (by the model, or by an {@code ABOUT} term of a rule or a watched query).
     */
    public final class Reading {
        private final ArticleText text;
        private final int headlineChars;
        private final Aboutness aboutness;
        private final List<Sentence> lead;
        private float[] embedding;

        private Reading(ArticleText text, int headlineChars) {
            this.text = text;
            this.headlineChars = headlineChars;
            this.aboutness = about.forDocument(this::embedding);
            this.lead = modelSentences(text, headlineChars, LEAD_SENTENCES, LEAD_CHARS);
        }

        /** The unit-length embedding of the headline and lead (empty when the article has no text). */
        public float[] embedding() {
            if (embedding == null) {
                List<String> input = texts(text, lead);
                embedding = input.isEmpty() ? new float[0] : embed(input);
            }
            return embedding;
        }

        /**
         * The headline's sentences, then the lead's first ones: what the embedding reads, and what the contextual
         * sentiment scorer always reads in context (whatever the topic mode), so that a sentence both need costs one
         * pass. It depends on this article only, never on what the encoder's cache holds from others.
         */
        public List<Sentence> leadSentences() {
            return lead;
        }

        /** The sentences the embedding reads: the headline's, then the lead's first ones. */
        public List<String> passages() {
            return texts(text, lead);
        }

        /** The sentences a model input of the headline and at most {@code leadSentences} lead sentences would read. */
        public List<String> passages(int leadSentences, int leadChars) {
            return modelInput(text, headlineChars, leadSentences, leadChars);
        }

        /** Decides {@code ABOUT} terms for this article. */
        public Aboutness aboutness() {
            return aboutness;
        }

        public ArticleText text() {
            return text;
        }
    }

    /**
     * Rules only (the behaviour before the model): every default and user rule. An {@code ABOUT} term opens the
     * default encoder on first use.
     */
    public static ArticleTopics rulesOnly(List<TopicRule> rules) {
        return rulesOnly(rules, EncoderSettings.defaults());
    }

    /** Rules only; an {@code ABOUT} term (a rule's or a watched query's) opens the encoder of {@code encoder}. */
    public static ArticleTopics rulesOnly(List<TopicRule> rules, EncoderSettings encoder) {
        return new ArticleTopics(new TopicTagger(rules), null, AboutMatcher.bundled(() -> TopicEmbedder.shared(encoder)),
                null);
    }

    /**
     * The model for its topics, plus every rule whose id the model does not cover. A user rule with the id of a
     * model topic keeps the rule: give it another id to have both.
     */
    public static ArticleTopics withModel(List<TopicRule> defaultRules, List<TopicRule> userRules,
                                          ZeroShotTopicTagger model) {
        return withModel(defaultRules, userRules, model, AboutBackground.RESOURCE);
    }

    /** As above, with the bundled {@code ABOUT} background {@code background} (the one made for the model's mode). */
    public static ArticleTopics withModel(List<TopicRule> defaultRules, List<TopicRule> userRules,
                                          ZeroShotTopicTagger model, String background) {
        Set<String> covered = model.defaultIds();
        Set<String> userIds = userRules.stream().map(TopicRule::id).collect(Collectors.toSet());
        List<TopicRule> kept = new ArrayList<>();
        for (TopicRule r : defaultRules) {
            if (!covered.contains(r.id()) && !userIds.contains(r.id())) {
                kept.add(r);
            }
        }
        kept.addAll(userRules);
        return new ArticleTopics(new TopicTagger(kept), model, AboutMatcher.bundled(model::embedder, background), null);
    }

    /**
     * The tagging {@code mode} asks for: default rules extended by {@code userRules} (may be null); with the model,
     * the IPTC topics plus the user's described topics from {@code userDescriptions} (may be null).
     */
    public static ArticleTopics create(TopicMode mode, Path userRules, Path userDescriptions, EncoderSettings encoder) {
        List<TopicRule> described = userDescriptions == null ? List.of()
                : DescribedTopics.read(userDescriptions).stream().map(ArticleTopics::aboutRule).toList();
        if (mode == TopicMode.RULES) {
            List<TopicRule> rules = new ArrayList<>(userRules == null ? TopicRules.defaults()
                    : TopicRules.withUserFile(userRules));
            rules.addAll(described);
            return rulesOnly(rules, encoder);
        }
        List<TopicRule> user = new ArrayList<>(userRules == null ? List.of() : TopicRules.userFile(userRules));
        user.addAll(described);
        return withModel(mode, user, encoder);
    }

    /**
     * The model of {@code mode} (any but {@link TopicMode#RULES}) with its own thresholds, {@code ABOUT} background
     * and article embedding, plus the default rules it does not cover and {@code userRules}.
     */
    public static ArticleTopics withModel(TopicMode mode, List<TopicRule> userRules, EncoderSettings encoder) {
        if (!mode.usesModel()) {
            throw new IllegalArgumentException("MEDIAMON_TOPICS=" + mode.key() + " has no model");
        }
        ZeroShotTopicTagger tagger = new ZeroShotTopicTagger(TopicEmbedder.shared(encoder),
                DescribedTopics.iptc(), List.of(), TopicThresholds.bundled(mode.thresholdsResource()));
        ArticleTopics topics = withModel(TopicRules.defaults(), userRules, tagger, mode.backgroundResource());
        if (mode.projectionResource() == null) {
            return topics;
        }
        LayerProjection projection = LayerProjection.bundled(mode.projectionResource());
        if (projection.layer() < encoder.layer()) {
            throw new IllegalArgumentException("MEDIAMON_TOPICS=" + mode.key() + " reads layer " + projection.layer()
                    + " but the encoder is cut above it, at layer " + encoder.layer());
        }
        return topics.withProjection(projection);
    }

    /**
     * A user topic by description as a rule: {@code ABOUT(d1) OR ABOUT(d2) …}, so it gets the threshold and confidence
     * of any {@code ABOUT} term (calibrated on background news, no labels).
     */
    static TopicRule aboutRule(DescribedTopic topic) {
        List<Query> terms = topic.descriptions().stream().<Query>map(Query.About::new).toList();
        return new TopicRule(topic.id(), topic.iptcCode(), topic.label(), 1,
                terms.size() == 1 ? terms.get(0) : new Query.Or(terms));
    }

    /**
     * The article's tags. {@code headline} is the cleaned title, which starts {@code text} when not empty; the model
     * reads its sentences and the lead's first ones, as {@code text} splits them.
     */
    public List<TopicTag> tag(ArticleText text, String headline) {
        return tag(reading(text, headline), List.of());
    }

    /** The reading of one article, for {@link #tag(Reading, List)} and the watched queries' {@code ABOUT} terms. */
    public Reading reading(ArticleText text, String headline) {
        return new Reading(text, headline == null ? 0 : headline.length());
    }

    /**
     * The article's tags: the model's, then {@code watched} (the watched queries that held through an
     * {@code ABOUT} term), then the rules' by how many places matched; at most {@value #MAX_TOPICS}. Rules only:
     * {@code watched}, then every rule tag in rule order, as before the model.
     */
    public List<TopicTag> tag(Reading reading, List<TopicTag> watched) {
        List<TopicTag> ruleTags = rules.tag(reading.text(), reading.aboutness());
        List<TopicTag> out = new ArrayList<>(watched);
        if (model == null) {
            // rules only, as before the model: every rule tag, in rule order
            out.addAll(ruleTags);
            return out;
        }
        out.addAll(0, model.tag(reading.embedding()));
        ruleTags.stream().sorted(Comparator.comparingInt((TopicTag t) -> t.source() == TopicSource.MODEL ? 0 : 1)
                        .thenComparing(Comparator.comparingInt((TopicTag t) -> t.matches().size()).reversed()))
                .forEach(out::add);
        return out.size() > MAX_TOPICS ? List.copyOf(out.subList(0, MAX_TOPICS)) : out;
    }

    /**
     * The sentences a model input reads: those of the headline (the first {@code headlineChars} characters of the
     * text), then at most {@code maxLeadSentences} lead sentences while the lead is under {@code maxLeadChars}
     * characters (the model's own: {@value #LEAD_SENTENCES} and {@value #LEAD_CHARS}).
     */
    static List<String> modelInput(ArticleText text, int headlineChars, int maxLeadSentences, int maxLeadChars) {
        return texts(text, modelSentences(text, headlineChars, maxLeadSentences, maxLeadChars));
    }

    private static List<String> texts(ArticleText text, List<Sentence> sentences) {
        List<String> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(text.textOf(s));
        }
        return out;
    }

    private static List<Sentence> modelSentences(ArticleText text, int headlineChars, int maxLeadSentences,
                                                 int maxLeadChars) {
        List<Sentence> out = new ArrayList<>();
        int leadChars = 0;
        int leadSentences = 0;
        for (Sentence s : text.sentences()) {
            String sentence = text.textOf(s);
            if (sentence.isBlank()) {
                continue;
            }
            if (s.start() < headlineChars) {
                out.add(s);
                continue;
            }
            if (leadSentences == maxLeadSentences
                    || (leadSentences > 0 && leadChars + sentence.length() > maxLeadChars)) {
                break;
            }
            out.add(s);
            leadChars += sentence.length();
            leadSentences++;
        }
        return out;
    }
}
