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
 * @param metonymAliases  places that stand for the party only where the text makes them act or speak
 *                        ("Paris said", "Moscow's response", "urged Oslo"), never as a place ("in Paris")
 */
public record GazetteerEntry(
        String id,
        String name,
        String type,
        String affiliation,
        List<String> aliases,
        List<String> followUpAliases,
        PartySource source,
        List<String> metonymAliases) {

    public static final String BLOCK = "block";

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        followUpAliases = List.copyOf(followUpAliases);
        source = source == null ? PartySource.GAZETTEER : source;
        metonymAliases = metonymAliases == null ? List.of() : List.copyOf(metonymAliases);
    }

    /** An entry without metonyms. */
    public GazetteerEntry(String id, String name, String type, String affiliation, List<String> aliases,
                          List<String> followUpAliases, PartySource source) {
        this(id, name, type, affiliation, aliases, followUpAliases, source, List.of());
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
