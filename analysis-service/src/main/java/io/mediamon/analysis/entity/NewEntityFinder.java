package io.mediamon.analysis.entity;

import io.mediamon.analysis.text.Sentence;
import io.mediamon.common.event.NewEntity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reports capitalised multi-word names the gazetteer does not know ("Ma Jihua", "Rich Bishop").
 * Skipped: names overlapping a known entity, title-case headlines (every word is capitalised there),
 * and a sentence-initial first word that the same article also uses in lower case ("Startups",
 * "Technologies"), on top of the function words, titles, months and days {@link CapitalisedNames}
 * trims.
 */
public final class NewEntityFinder {
    static final int MAX_NEW_ENTITIES = 20;
    private static final double TITLE_CASE_SHARE = 0.6;

    public List<NewEntity> find(String text, List<Sentence> sentences, List<EntityMention> known,
                         Set<String> lowerCaseWords) {
        boolean[] covered = new boolean[text.length()];
        for (EntityMention m : known) {
            for (int i = m.start(); i < m.end(); i++) {
                covered[i] = true;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            String sentence = text.substring(s.start(), s.end());
            if (isTitleCase(sentence)) {
                continue;
            }
            for (CapitalisedNames.Name name : CapitalisedNames.find(sentence)) {
                String kept = dropCommonFirstWord(name, lowerCaseWords);
                if (kept != null && !overlaps(covered, s.start() + name.start(), s.start() + name.end())) {
                    counts.merge(kept, 1, Integer::sum);
                }
            }
        }
        List<NewEntity> out = new ArrayList<>();
        foldPartialNames(counts).forEach((name, n) -> out.add(new NewEntity(name, n)));
        out.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
        return out.size() > MAX_NEW_ENTITIES ? List.copyOf(out.subList(0, MAX_NEW_ENTITIES)) : out;
    }

    /** "Bao Bean" after "William Bao Bean" is the same person: count it for the longer name. */
    private static Map<String, Integer> foldPartialNames(Map<String, Integer> counts) {
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
            if (Character.isLetter(c)) {
                if (atWordStart) {
                    wordCapitalised = Character.isUpperCase(c);
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
