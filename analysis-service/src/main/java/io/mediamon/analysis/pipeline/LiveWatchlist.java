package io.mediamon.analysis.pipeline;

import io.mediamon.analysis.entity.EntityCatalog;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.topic.WatchedTopic;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.watch.WatchRuleCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime watchlist as analysis applies it: the rules read from the watchlist topic, and the catalog and
 * topic queries built from them. The global-store thread {@link #put puts} and {@link #remove removes} rules;
 * stream threads read a consistent {@link #view()} per article. A change marks the view stale and the next
 * reader rebuilds it once, so a burst of changes costs one rebuild.
 */
public final class LiveWatchlist {
    /** What one article is analysed against. */
    public record View(EntityCatalog catalog, List<WatchedTopic> topics) {
    }

    private final Gazetteer base;
    private final Map<String, WatchRule> rules = new LinkedHashMap<>();
    private volatile View view;
    private volatile boolean stale;

    public LiveWatchlist(Gazetteer base) {
        this.base = base;
        this.view = new View(new EntityCatalog(base), List.of());
    }

    /** A watchlist that never changes: the default gazetteer only (tests, evaluation). */
    public static LiveWatchlist fixed(Gazetteer base) {
        return new LiveWatchlist(base);
    }

    /**
     * Applies a rule; returns why it was refused (a rule that would match everything, a query that does not parse),
     * or empty when it now applies. A refused rule also removes an earlier rule with the same id.
     */
    public synchronized Optional<String> put(WatchRule rule) {
        Optional<String> problem = WatchRuleCheck.problem(rule);
        if (problem.isEmpty() && rule.isTopic()) {
            problem = WatchedTopic.problem(rule.query()).map(reason -> "query does not parse: " + reason);
        }
        if (problem.isPresent()) {
            rules.remove(rule.entityId());
        } else {
            rules.put(rule.entityId(), rule);
        }
        stale = true;
        return problem;
    }

    public synchronized void remove(String entityId) {
        if (rules.remove(entityId) != null) {
            stale = true;
        }
    }

    public synchronized int size() {
        return rules.size();
    }

    /** The current catalog and topic queries. */
    public View view() {
        if (stale) {
            rebuild();
        }
        return view;
    }

    private synchronized void rebuild() {
        if (!stale) {
            return;
        }
        List<WatchedTopic> topics = new ArrayList<>();
        for (WatchRule rule : rules.values()) {
            if (rule.isTopic()) {
                topics.add(WatchedTopic.of(rule));
            }
        }
        view = new View(EntityCatalog.of(base, rules.values()), List.copyOf(topics));
        stale = false;
    }
}
