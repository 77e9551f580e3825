package io.mediamon.analysis.entity;

import io.mediamon.common.event.EntityType;
import io.mediamon.common.event.PartySource;
import io.mediamon.common.event.WatchRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The parties analysis can find at one moment: the default gazetteer plus the watched entities, with the one
 * automaton that finds them all. Immutable; a watchlist change builds a new catalog.
 */
public final class EntityCatalog {
    private final Gazetteer gazetteer;
    private final EntityMatcher matcher;
    private final PartyMentionCollector collector;
    private final EntityMatcher surnames;

    public EntityCatalog(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = new EntityMatcher(gazetteer);
        this.collector = new PartyMentionCollector(gazetteer);
        List<GazetteerEntry> bySurname = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.source() == PartySource.WATCHLIST && EntityType.PERSON.json().equals(e.type())) {
                e.followUpAliases().forEach(surname -> bySurname.add(new GazetteerEntry(e.id(), e.name(), e.type(),
                        e.affiliation(), List.of(surname), List.of(), PartySource.WATCHLIST)));
            }
        }
        this.surnames = bySurname.isEmpty() ? null : new EntityMatcher(Gazetteer.of(bySurname));
    }

    /** {@code base} with every rule that is found by its names (not by a topic query) added. */
    public static EntityCatalog of(Gazetteer base, Collection<WatchRule> watched) {
        List<GazetteerEntry> extra = new ArrayList<>();
        for (WatchRule rule : watched) {
            if (!rule.isTopic()) {
                extra.add(entryOf(rule));
            }
        }
        return new EntityCatalog(extra.isEmpty() ? base : base.with(extra));
    }

    /**
     * The entry a watch rule stands for: its name and aliases always count; a person's surname counts after a
     * full mention ("Kroes" after "Neelie Kroes").
     */
    public static GazetteerEntry entryOf(WatchRule rule) {
        List<String> aliases = new ArrayList<>();
        aliases.add(rule.name().strip());
        rule.aliases().stream().map(String::strip).filter(a -> !a.isEmpty() && !aliases.contains(a))
                .forEach(aliases::add);
        List<String> followUps = new ArrayList<>();
        String name = rule.name().strip();
        int space = name.lastIndexOf(' ');
        if (rule.type() == EntityType.PERSON && space > 0) {
            followUps.add(name.substring(space + 1));
        }
        return new GazetteerEntry(rule.entityId(), name, rule.type().json(), rule.affiliation(), aliases, followUps,
                PartySource.WATCHLIST);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public EntityMatcher matcher() {
        return matcher;
    }

    public PartyMentionCollector collector() {
        return collector;
    }

    /**
     * Watched people by surname alone ("Nadal" for a watched Rafael Nadal), for articles that never write the full
     * name; empty when no person is watched. The caller decides when a surname alone is enough.
     */
    public List<EntityMention> watchedSurnames(String text) {
        return surnames == null ? List.of() : surnames.find(text);
    }
}
