package io.mediamon.analysis.entity;

import java.util.List;

/**
 * One known party.
 *
 * @param id              Wikidata id where known, else a stable slug
 * @param name            canonical name
 * @param type            country, government, company, person, organisation, media, ... or {@code block}
 *                        for phrases that must never count as a mention (they only shadow shorter matches)
 * @param affiliation     for people: id of the party they speak for, else null
 * @param aliases         surface forms that always count (the canonical name is always one of them)
 * @param followUpAliases short forms (a surname) that count only after a full alias was seen earlier
 */
public record GazetteerEntry(
        String id,
        String name,
        String type,
        String affiliation,
        List<String> aliases,
        List<String> followUpAliases) {

    public static final String BLOCK = "block";

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        followUpAliases = List.copyOf(followUpAliases);
    }

    public boolean isBlocker() {
        return BLOCK.equals(type);
    }
}
