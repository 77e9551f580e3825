package io.mediamon.common.event;

import java.util.List;

/**
 * A watched entity on the compacted watchlist topic (a tombstone removes it). analysis-service reads it to
 * find the entity in articles (its name and aliases, or its topic {@code query}); alert-service reads it to
 * decide what to alert on.
 *
 * @param entityId    the record key: a Wikidata id or any stable slug the user chooses
 * @param name        canonical name; always matched as an alias
 * @param aliases     further surface forms that always count; may be empty
 * @param type        what kind of party it is; a person's surname counts as a follow-up alias
 * @param affiliation for people: the entity id of the party they speak for, else null
 * @param query       optional boolean topic query ({@code "data centre" AND (Oracle OR OpenAI)}); when set, the
 *                    entity is watched as a topic: articles that match count as its coverage
 * @param sensitivity multiplier on detector sensitivity: 1.0 is the default, higher fires more readily
 * @param enabled     whether alerts are raised
 * @param alertOnDrop also alert when the entity's coverage vanishes (null or false: off)
 */
public record WatchRule(
        String entityId,
        String name,
        List<String> aliases,
        EntityType type,
        String affiliation,
        String query,
        double sensitivity,
        boolean enabled,
        Boolean alertOnDrop) {

    public WatchRule {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        type = type == null ? EntityType.OTHER : type;
    }

    /** A rule that matches by name only, as configured watchlists and older records have it. */
    public WatchRule(String entityId, String name, double sensitivity, boolean enabled) {
        this(entityId, name, sensitivity, enabled, null);
    }

    /** A rule that matches by name only, with or without drop alerts. */
    public WatchRule(String entityId, String name, double sensitivity, boolean enabled, Boolean alertOnDrop) {
        this(entityId, name, List.of(), EntityType.OTHER, null, null, sensitivity, enabled, alertOnDrop);
    }

    /** Whether drop alerts are on for this entity. */
    public boolean dropAlerts() {
        return Boolean.TRUE.equals(alertOnDrop);
    }

    /** True when the entity is watched as a topic query rather than found by its names. */
    public boolean isTopic() {
        return query != null && !query.isBlank();
    }
}
