package io.mediamon.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.mediamon.analysis.text.CharKinds;
import io.mediamon.analysis.text.PhraseDictionary;

/**
 * Finds gazetteer entities in text with one case-insensitive {@link PhraseDictionary} built once (thread-safe: it
 * is only read after construction).
 *
 * <p>Rules: whole words only; capitalisation per {@link AliasCase}; among overlapping candidates the
 * longest wins (then the leftmost); {@code block} entries win like any other match and are then
 * discarded, so "Beijing-based" or "South The US" shadow "Beijing" and "US"; a match directly followed
 * by an attributive suffix ({@code -based}, {@code -listed}, {@code -born}, ...) qualifies something
 * else and is not a mention ("Beijing-based", "US-listed"), while "US-China" still mentions both; follow-up aliases count only after a full
 * alias of the same entity; metonym aliases (a state's capital) count only where {@link MetonymContext} finds the
 * place acting or speaking ("Paris said", not "in Paris"); adjacent mentions of one entity separated only by
 * spaces are merged.
 *
 * <p>Demonym policy: the bare adjective "Chinese" (or "American") never mentions a state. Only
 * government-flavoured phrases listed as aliases ("the Chinese government", "Chinese authorities",
 * "Chinese foreign ministry", ...) and metonyms ("Beijing", "Washington") do, so "Chinese netizens",
 * "Chinese experts" and "Chinese firms" mention nobody.
 */
public final class EntityMatcher {
    private record AliasRef(GazetteerEntry entry, AliasCase casing, boolean followUp, boolean metonym) {
    }

    private record Candidate(AliasRef ref, int start, int end) {
        int length() {
            return end - start;
        }
    }

    private static final List<String> ATTRIBUTIVE_SUFFIXES =
            List.of("based", "listed", "born", "made", "headquartered", "registered", "educated");

    private final PhraseDictionary<List<AliasRef>> dictionary;

    public EntityMatcher(Gazetteer gazetteer) {
        Map<String, List<AliasRef>> byKey = new HashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            entry.aliases().forEach(a -> add(byKey, new AliasRef(entry, new AliasCase(a), false, false)));
            entry.followUpAliases().forEach(a -> add(byKey, new AliasRef(entry, new AliasCase(a), true, false)));
            entry.metonymAliases().forEach(a -> add(byKey, new AliasRef(entry, new AliasCase(a), false, true)));
        }
        Map<String, List<AliasRef>> frozen = new HashMap<>();
        byKey.forEach((key, refs) -> frozen.put(key, List.copyOf(refs)));
        this.dictionary = new PhraseDictionary<>(frozen);
    }

    /** Later entries (user files) come first, so they win an alias shared with a default entry. */
    private static void add(Map<String, List<AliasRef>> byKey, AliasRef ref) {
        byKey.computeIfAbsent(PhraseDictionary.fold(ref.casing().alias()), k -> new ArrayList<>()).add(0, ref);
    }

    /** Mentions in text order. */
    public List<EntityMention> find(String text) {
        return find(text, false);
    }

    /**
     * Mentions in text order; with {@code includeBlockers}, also the {@code block} phrases that won
     * their place (callers use them to know the words are accounted for).
     */
    public List<EntityMention> find(String text, boolean includeBlockers) {
        List<Candidate> candidates = candidates(text);
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        boolean[] taken = new boolean[text.length()];
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate c : candidates) {
            if (isFree(taken, c)) {
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
                accepted.add(c);
            }
        }
        accepted.sort(Comparator.comparingInt(Candidate::start));
        return toMentions(text, accepted, includeBlockers);
    }

    private List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        dictionary.find(text, (start, end, refs) -> {
            if (!isWholeWord(text, start, end) || followedByAttributiveSuffix(text, end)) {
                return;
            }
            for (AliasRef ref : refs) {
                if (ref.casing().accepts(text, start)
                        && (!ref.metonym() || MetonymContext.actsAsState(text, start, end))) {
                    out.add(new Candidate(ref, start, end));
                    return;
                }
            }
        });
        return out;
    }

    private static List<EntityMention> toMentions(String text, List<Candidate> accepted, boolean includeBlockers) {
        Set<String> seenInFull = new HashSet<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (Candidate c : accepted) {
            GazetteerEntry entry = c.ref().entry();
            if (entry.isBlocker()) {
                if (includeBlockers) {
                    mentions.add(new EntityMention(entry, c.start(), c.end(), text.substring(c.start(), c.end())));
                }
                continue;
            }
            if (c.ref().followUp() && !seenInFull.contains(entry.id())) {
                continue;
            }
            if (!c.ref().followUp()) {
                seenInFull.add(entry.id());
            }
            EntityMention previous = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            if (previous != null && previous.entry().id().equals(entry.id())
                    && text.substring(previous.end(), c.start()).isBlank()) {
                mentions.set(mentions.size() - 1, new EntityMention(entry, previous.start(), c.end(),
                        text.substring(previous.start(), c.end())));
            } else {
                mentions.add(new EntityMention(entry, c.start(), c.end(), text.substring(c.start(), c.end())));
            }
        }
        return mentions;
    }

    private static boolean isFree(boolean[] taken, Candidate c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWholeWord(String text, int start, int end) {
        boolean leftOk = start == 0 || !CharKinds.isLetterOrDigit(text.charAt(start - 1));
        boolean rightOk = end >= text.length() || !CharKinds.isLetterOrDigit(text.charAt(end))
                || !CharKinds.isLetterOrDigit(text.charAt(end - 1));
        return leftOk && rightOk;
    }

    /** "Beijing-based", "US-listed": the name only qualifies something else. */
    private static boolean followedByAttributiveSuffix(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '-') {
            return false;
        }
        for (String suffix : ATTRIBUTIVE_SUFFIXES) {
            if (text.regionMatches(true, end + 1, suffix, 0, suffix.length())
                    && (end + 1 + suffix.length() == text.length()
                    || !CharKinds.isLetter(text.charAt(end + 1 + suffix.length())))) {
                return true;
            }
        }
        return false;
    }
}
