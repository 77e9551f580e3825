package io.mediamon.analysis.entity;

import io.mediamon.analysis.text.KeyedLineFile;
import io.mediamon.common.event.PartySource;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The set of known parties, read from tab-separated files.
 *
 * <p>Format, one entry a line, {@code #} starts a comment:
 * <pre>id	name	type	affiliation	aliases</pre>
 * {@code affiliation} is {@code -} when empty; aliases are separated by {@code |}; an alias written
 * {@code ~Zhang} is a follow-up alias (counts only after a full alias of the same entity); one written
 * {@code ^Oslo} is a metonym (counts only where the text makes the place act or speak, see
 * {@link MetonymContext}). A later file overrides entries with the same id.
 */
public final class Gazetteer {
    public static final String DEFAULT_RESOURCE = "/nlp/gazetteer.tsv";
    /** Every UN member state, generated from a package (see its header); curated entries with the same id win. */
    public static final String COUNTRIES_RESOURCE = "/nlp/countries.tsv";

    private final Map<String, GazetteerEntry> entries;

    private Gazetteer(Map<String, GazetteerEntry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static Gazetteer defaults() {
        return new Gazetteer(defaultEntries());
    }

    private static Map<String, GazetteerEntry> defaultEntries() {
        Map<String, GazetteerEntry> merged = readResource(COUNTRIES_RESOURCE);
        merged.putAll(readResource(DEFAULT_RESOURCE));
        return merged;
    }

    /**
     * This gazetteer with {@code extra} entries added; an extra entry with a known id keeps the known aliases and
     * adds its own (a watched "TikTok" with the alias "TT" still matches "Douyin").
     */
    public Gazetteer with(Collection<GazetteerEntry> extra) {
        Map<String, GazetteerEntry> merged = new LinkedHashMap<>(entries);
        for (GazetteerEntry e : extra) {
            GazetteerEntry known = merged.get(e.id());
            merged.put(e.id(), known == null ? e : union(known, e));
        }
        return new Gazetteer(merged);
    }

    private static GazetteerEntry union(GazetteerEntry known, GazetteerEntry added) {
        List<String> aliases = new ArrayList<>(known.aliases());
        added.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        List<String> followUps = new ArrayList<>(known.followUpAliases());
        added.followUpAliases().stream().filter(a -> !followUps.contains(a)).forEach(followUps::add);
        List<String> metonyms = new ArrayList<>(known.metonymAliases());
        added.metonymAliases().stream().filter(a -> !metonyms.contains(a)).forEach(metonyms::add);
        return new GazetteerEntry(added.id(), added.name(), known.type(),
                added.affiliation() != null ? added.affiliation() : known.affiliation(), aliases, followUps,
                added.source(), metonyms);
    }

    /** The default gazetteer extended (and overridden, by id) with the entries of {@code userFile}. */
    public static Gazetteer withUserFile(Path userFile) {
        Map<String, GazetteerEntry> merged = defaultEntries();
        try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            merged.putAll(read(reader, userFile.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + userFile, e);
        }
        return new Gazetteer(merged);
    }

    public static Gazetteer of(Collection<GazetteerEntry> entries) {
        Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        return new Gazetteer(byId);
    }

    /** Entries in file order, user-file entries after the defaults. */
    public Collection<GazetteerEntry> entries() {
        return entries.values();
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(id).map(entries::get);
    }

    private static Map<String, GazetteerEntry> readResource(String resource) {
        return KeyedLineFile.readResource(resource, Gazetteer::parseLine, GazetteerEntry::id);
    }

    static Map<String, GazetteerEntry> read(Reader reader, String source) throws IOException {
        return KeyedLineFile.read(reader, source, Gazetteer::parseLine, GazetteerEntry::id);
    }

    private static GazetteerEntry parseLine(String line, String where) {
        String[] cols = line.split("\t");
        if (cols.length < 3) {
            throw new IllegalArgumentException(where + ": expected id, name, type, affiliation, aliases");
        }
        String id = cols[0].strip();
        String name = cols[1].strip();
        String type = cols[2].strip();
        String affiliation = cols.length > 3 && !cols[3].isBlank() && !"-".equals(cols[3].strip())
                ? cols[3].strip() : null;
        List<String> aliases = new ArrayList<>();
        List<String> followUps = new ArrayList<>();
        List<String> metonyms = new ArrayList<>();
        aliases.add(name);
        if (cols.length > 4) {
            Arrays.stream(cols[4].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).forEach(alias -> {
                if (alias.startsWith("~")) {
                    followUps.add(alias.substring(1).strip());
                } else if (alias.startsWith("^")) {
                    metonyms.add(alias.substring(1).strip());
                } else if (!aliases.contains(alias)) {
                    aliases.add(alias);
                }
            });
        }
        return new GazetteerEntry(id, name, type, affiliation, aliases, followUps, PartySource.GAZETTEER, metonyms);
    }
}
