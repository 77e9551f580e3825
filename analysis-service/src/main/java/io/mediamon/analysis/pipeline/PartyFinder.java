package io.mediamon.analysis.pipeline;

import io.mediamon.analysis.entity.EntityCatalog;
import io.mediamon.analysis.entity.EntityMatcher;
import io.mediamon.analysis.entity.EntityMention;
import io.mediamon.analysis.entity.GazetteerEntry;
import io.mediamon.analysis.entity.NameRecognizer;
import io.mediamon.analysis.entity.PartyMentions;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Term;
import io.mediamon.analysis.text.TokenSpan;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.topic.Aboutness;
import io.mediamon.analysis.topic.Query;
import io.mediamon.analysis.topic.WatchedTopic;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.common.event.NewEntity;
import io.mediamon.common.event.TopicTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every party of an article, in three passes: the catalog (gazetteer and watched names, with their case
 * rules, longest match and follow-up aliases), then the names no one listed ({@link NameRecognizer}), matched
 * again through the text so their short forms count too, then the watched topic queries. A span the catalog
 * claimed is never claimed again.
 */
final class PartyFinder {
    /**
     * The parties with their mentions, the recognised names (also reported as new entities), and the tags of the
     * watched queries that held through an {@code ABOUT} term.
     */
    record Found(List<PartyMentions> parties, List<NewEntity> unknown, List<TopicTag> watchedTags) {
    }

    private static final int MIN_SURNAME_ONLY = 2;

    private final NameRecognizer recognizer = new NameRecognizer();

    Found find(ArticleText article, LiveWatchlist.View view, Set<String> lowerCaseWords) {
        return find(article, view, lowerCaseWords, Aboutness.NONE);
    }

    /** As above; {@code about} decides the watched queries' {@code ABOUT} terms. */
    Found find(ArticleText article, LiveWatchlist.View view, Set<String> lowerCaseWords, Aboutness about) {
        String text = article.text();
        EntityCatalog catalog = view.catalog();
        List<EntityMention> withBlockers = catalog.matcher().find(text, true);
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityMention m : withBlockers) {
            if (!m.entry().isBlocker()) {
                mentions.add(m);
            }
        }
        mentions.addAll(surnameOnly(catalog, text, mentions, withBlockers));
        List<NameRecognizer.Recognised> names = recognizer.find(text, article.sentences(), withBlockers,
                lowerCaseWords);
        List<NewEntity> unknown = new ArrayList<>(names.size());
        if (!names.isEmpty()) {
            List<GazetteerEntry> entries = new ArrayList<>(names.size());
            for (NameRecognizer.Recognised r : names) {
                unknown.add(new NewEntity(r.name(), r.mentions()));
                entries.add(NameRecognizer.entry(r, lowerCaseWords));
            }
            mentions.addAll(unclaimed(new EntityMatcher(Gazetteer.of(entries)).find(text), withBlockers));
        }
        List<TopicTag> watchedTags = new ArrayList<>();
        for (WatchedTopic topic : view.topics()) {
            Query.Hits hits = topic.query().evaluate(article.termIndex(), about);
            mentions.addAll(topicMentions(article, topic, hits));
            TopicTag tag = topic.tagOf(hits, article);
            if (tag != null) {
                watchedTags.add(tag);
            }
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return new Found(catalog.collector().collect(mentions, article.sentences()), unknown, List.copyOf(watchedTags));
    }

    /**
     * A watched person the article names only by surname, at least {@value #MIN_SURNAME_ONLY} times ("Nadal failed
     * to convert ... Nadal's grass-court record"): the user asked for this person, so recall wins over the rule
     * that a surname counts only after the full name.
     */
    private static List<EntityMention> surnameOnly(EntityCatalog catalog, String text, List<EntityMention> found,
                                                   List<EntityMention> claimed) {
        List<EntityMention> bySurname = unclaimed(catalog.watchedSurnames(text), claimed);
        if (bySurname.isEmpty()) {
            return List.of();
        }
        Set<String> named = new HashSet<>();
        found.forEach(m -> named.add(m.entry().id()));
        Map<String, List<EntityMention>> byId = new HashMap<>();
        for (EntityMention m : bySurname) {
            if (!named.contains(m.entry().id())) {
                byId.computeIfAbsent(m.entry().id(), k -> new ArrayList<>()).add(m);
            }
        }
        List<EntityMention> out = new ArrayList<>();
        byId.values().stream().filter(list -> list.size() >= MIN_SURNAME_ONLY).forEach(out::addAll);
        return out;
    }

    private static List<EntityMention> unclaimed(List<EntityMention> found, List<EntityMention> claimed) {
        List<EntityMention> out = new ArrayList<>(found.size());
        for (EntityMention m : found) {
            boolean free = true;
            for (EntityMention c : claimed) {
                if (m.start() < c.end() && c.start() < m.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Each place a watched query holds is a mention of its entity, so it is counted and scored like one. A query that
     * holds with no place (an {@code ABOUT} term alone) is a mention at the article's first sentence, the headline
     * the model read.
     */
    private static List<EntityMention> topicMentions(ArticleText article, WatchedTopic topic, Query.Hits hits) {
        if (!hits.matched()) {
            return List.of();
        }
        GazetteerEntry entry = EntityCatalog.entryOf(topic.rule());
        if (hits.spans().isEmpty() && hits.byDescription() && !article.sentences().isEmpty()) {
            Sentence first = article.sentences().get(0);
            return List.of(new EntityMention(entry, first.start(), first.end(),
                    article.text().substring(first.start(), first.end())));
        }
        List<Term> terms = article.termIndex().terms();
        List<EntityMention> out = new ArrayList<>(hits.spans().size());
        for (TokenSpan span : hits.spans()) {
            if (span.isEmpty()) {
                continue;
            }
            int start = terms.get(span.start()).start();
            int end = terms.get(span.end() - 1).end();
            out.add(new EntityMention(entry, start, end, article.text().substring(start, end)));
        }
        return out;
    }
}
