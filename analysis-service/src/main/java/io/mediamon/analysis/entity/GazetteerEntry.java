package io.mediamon.analysis.entity;

import io.mediamon.common.event.PartySource;
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
 * @param source          where the entry comes from: a gazetteer file, the runtime watchlist, or recognition
 */
public record GazetteerEntry(
        String id,
        String name,
        String type,
        String affiliation,
        List<String> aliases,
        List<String> followUpAliases,
        PartySource source) {

    public static final String BLOCK = "block";

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        followUpAliases = List.copyOf(followUpAliases);
        source = source == null ? PartySource.GAZETTEER : source;
    }

    /** An entry of a gazetteer file. */
    public GazetteerEntry(String id, String name, String type, String affiliation, List<String> aliases,
                          List<String> followUpAliases) {
        this(id, name, type, affiliation, aliases, followUpAliases, PartySource.GAZETTEER);
    }

    public boolean isBlocker() {
        return BLOCK.equals(type);
    }
}
