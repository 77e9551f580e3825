package io.mediamon.common.topic;

import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.FeedState;
import io.mediamon.common.event.Mention;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.serde.JsonSerde;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The single typed catalogue of mediamon's topics. Default names live here and nowhere else;
 * each can be overridden with an environment variable {@code MEDIAMON_TOPIC_<LOGICAL_NAME>}
 * (for example {@code MEDIAMON_TOPIC_ARTICLES_RAW}).
 */
public final class TopicCatalogue {
    public static final String ARTICLES_RAW = "articles-raw";
    public static final String ARTICLES_TAGGED = "articles-tagged";
    public static final String MENTIONS = "mentions";
    public static final String ALERTS = "alerts";
    public static final String WATCHLIST = "watchlist";
    public static final String DEAD_LETTERS = "deadletters";
    public static final String FEED_STATE = "feed-state";

    private static final Map<String, String> DEFAULT_NAMES = Map.of(
            ARTICLES_RAW, "mediamon.articles.raw",
            ARTICLES_TAGGED, "mediamon.articles.tagged",
            MENTIONS, "mediamon.mentions",
            ALERTS, "mediamon.alerts",
            WATCHLIST, "mediamon.watchlist",
            DEAD_LETTERS, "mediamon.deadletters",
            FEED_STATE, "mediamon.feed.state");

    private final Topic<String, Article> articlesRaw;
    private final Topic<String, TaggedArticle> articlesTagged;
    private final Topic<String, Mention> mentions;
    private final Topic<String, AlertEvent> alerts;
    private final Topic<String, WatchRule> watchlist;
    private final Topic<String, DeadLetter> deadLetters;
    private final Topic<String, FeedState> feedState;

    private TopicCatalogue(UnaryOperator<String> nameFor) {
        Serde<String> key = Serdes.String();
        articlesRaw = new Topic<>(ARTICLES_RAW, nameFor.apply(ARTICLES_RAW), key, JsonSerde.of(Article.class), false);
        articlesTagged = new Topic<>(ARTICLES_TAGGED, nameFor.apply(ARTICLES_TAGGED), key,
                JsonSerde.of(TaggedArticle.class), false);
        mentions = new Topic<>(MENTIONS, nameFor.apply(MENTIONS), key, JsonSerde.of(Mention.class), false);
        alerts = new Topic<>(ALERTS, nameFor.apply(ALERTS), key, JsonSerde.of(AlertEvent.class), false);
        watchlist = new Topic<>(WATCHLIST, nameFor.apply(WATCHLIST), key, JsonSerde.of(WatchRule.class), true);
        deadLetters = new Topic<>(DEAD_LETTERS, nameFor.apply(DEAD_LETTERS), key, JsonSerde.of(DeadLetter.class),
                false);
        feedState = new Topic<>(FEED_STATE, nameFor.apply(FEED_STATE), key, JsonSerde.of(FeedState.class), true);
    }

    /** The default names. */
    public static TopicCatalogue defaults() {
        return new TopicCatalogue(DEFAULT_NAMES::get);
    }

    /**
     * Names from settings: {@code MEDIAMON_TOPIC_ARTICLES_RAW=...} and so on, else the defaults.
     */
    public static TopicCatalogue from(Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        return new TopicCatalogue(logical -> {
            String value = settings.get(envName(logical));
            return value == null || value.isBlank() ? DEFAULT_NAMES.get(logical) : value.trim();
        });
    }

    /** The setting that overrides a topic's name. */
    public static String envName(String logicalName) {
        return "MEDIAMON_TOPIC_" + logicalName.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    public static String defaultName(String logicalName) {
        return DEFAULT_NAMES.get(logicalName);
    }

    public Topic<String, Article> articlesRaw() {
        return articlesRaw;
    }

    public Topic<String, TaggedArticle> articlesTagged() {
        return articlesTagged;
    }

    public Topic<String, Mention> mentions() {
        return mentions;
    }

    public Topic<String, AlertEvent> alerts() {
        return alerts;
    }

    public Topic<String, WatchRule> watchlist() {
        return watchlist;
    }

    public Topic<String, DeadLetter> deadLetters() {
        return deadLetters;
    }

    /** ingest-service's feed pollers: validators and seen items per feed, keyed by feed URL (compacted). */
    public Topic<String, FeedState> feedState() {
        return feedState;
    }

    public List<Topic<String, ?>> all() {
        return List.of(articlesRaw, articlesTagged, mentions, alerts, watchlist, deadLetters, feedState);
    }
}
