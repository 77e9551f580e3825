package io.mediamon.analysis.entity;

import io.mediamon.analysis.text.CharKinds;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.common.event.EntityType;
import io.mediamon.common.event.PartySource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the people, organisations and places an article names that no gazetteer or watchlist lists, and
 * turns each into a party: an entry with a stable slug id ({@code "Neelie Kroes"} is {@code neelie-kroes} in every
 * article), its full forms as aliases and, for a person, the surname as a follow-up alias, so "Kroes" and
 * "Ms. Kroes" later in the article count for her.
 *
 * <p>Candidates are runs of two or more capitalised words ({@link CapitalisedNames}); precision comes from what
 * is left out: title-case headlines, a sentence-initial word the article also writes in lower case, names that
 * overlap a known party or a {@code block} phrase ("Beijing-based"), names made only of words the article also
 * writes in lower case, and demonyms, titles and function words at the edges ("Chinese netizens" has no name
 * left). Partial forms fold into the longer name ("Bao Bean" into
 * "William Bao Bean"). The type comes from the name's own words and its context ({@link NameTypeGuess}).
 */
public final class NameRecognizer {
    static final int MAX_RECOGNISED = 15;
    private static final double TITLE_CASE_SHARE = 0.8;
    private static final int MIN_SURNAME_LETTERS = 3;

    /** A recognised name, the times the article writes it in full, and its guessed type. */
    public record Recognised(String name, int mentions, EntityType type) {
    }

    /**
     * Names in {@code text} outside the spans of {@code known} (parties and blockers already found), most
     * mentioned first, at most {@value #MAX_RECOGNISED}.
     */
    public List<Recognised> find(String text, List<Sentence> sentences, List<EntityMention> known,
                                 Set<String> lowerCaseWords) {
        boolean[] covered = new boolean[text.length()];
        for (EntityMention m : known) {
            for (int i = m.start(); i < m.end(); i++) {
                covered[i] = true;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            String sentence = text.substring(s.start(), s.end());
            if (isTitleCase(sentence)) {
                continue;
            }
            for (CapitalisedNames.Name name : CapitalisedNames.find(sentence)) {
                String kept = dropCommonFirstWord(name, lowerCaseWords);
                if (kept != null && !allCommonWords(kept, lowerCaseWords)
                        && !overlaps(covered, s.start() + name.start(), s.start() + name.end())) {
                    counts.merge(kept, 1, Integer::sum);
                    firstAt.putIfAbsent(kept, s.start() + name.end() - kept.length());
                }
            }
        }
        List<Recognised> out = new ArrayList<>();
        foldPartialNames(counts).forEach((name, n) ->
                out.add(new Recognised(name, n, NameTypeGuess.of(text, name, firstAt.getOrDefault(name, -1)))));
        out.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
        return out.size() > MAX_RECOGNISED ? List.copyOf(out.subList(0, MAX_RECOGNISED)) : out;
    }

    /** The party a recognised name stands for: slug id, full name as alias, surname as follow-up for a person. */
    public static GazetteerEntry entry(Recognised r, Set<String> lowerCaseWords) {
        List<String> followUps = new ArrayList<>();
        if (r.type() == EntityType.PERSON) {
            String surname = r.name().substring(r.name().lastIndexOf(' ') + 1);
            if (surname.length() >= MIN_SURNAME_LETTERS && !lowerCaseWords.contains(surname.toLowerCase(Locale.ROOT))) {
                followUps.add(surname);
            }
        }
        return new GazetteerEntry(PartySlug.of(r.name()), r.name(), r.type().json(), null, List.of(r.name()),
                followUps, PartySource.RECOGNISED);
    }

    /** "Bao Bean" after "William Bao Bean" is the same person: count it for the longer name. */
    static Map<String, Integer> foldPartialNames(Map<String, Integer> counts) {
        Map<String, Integer> folded = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String longer = null;
            for (String other : counts.keySet()) {
                if (other.length() > e.getKey().length()
                        && (other.endsWith(" " + e.getKey()) || other.startsWith(e.getKey() + " "))) {
                    longer = other;
                    break;
                }
            }
            folded.merge(longer == null ? e.getKey() : longer, e.getValue(), Integer::sum);
        }
        return folded;
    }

    private static String dropCommonFirstWord(CapitalisedNames.Name name, Set<String> lowerCaseWords) {
        String text = name.text();
        if (!name.sentenceInitial()) {
            return text;
        }
        int space = text.indexOf(' ');
        String first = text.substring(0, space).toLowerCase(Locale.ROOT);
        if (!lowerCaseWords.contains(first)) {
            return text;
        }
        String rest = text.substring(space + 1);
        return rest.indexOf(' ') > 0 ? rest : null;
    }

    /**
     * "International Ministry" in spun text, "Breaking News" in a banner: every word is one the article also
     * writes in lower case, so the capitals make a phrase, not a name.
     */
    static boolean allCommonWords(String name, Set<String> lowerCaseWords) {
        for (String w : name.split(" ")) {
            if (!lowerCaseWords.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    static boolean isTitleCase(String sentence) {
        int words = 0;
        int capitalised = 0;
        boolean atWordStart = true;
        int wordLength = 0;
        boolean wordCapitalised = false;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? sentence.charAt(i) : ' ';
            if (CharKinds.isLetter(c)) {
                if (atWordStart) {
                    wordCapitalised = CharKinds.isUpperCase(c);
                    atWordStart = false;
                }
                wordLength++;
            } else {
                if (wordLength >= 4) {
                    words++;
                    if (wordCapitalised) {
                        capitalised++;
                    }
                }
                wordLength = 0;
                atWordStart = true;
            }
        }
        return words >= 3 && capitalised >= TITLE_CASE_SHARE * words;
    }
}
