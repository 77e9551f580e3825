package io.mediamon.analysis.entity;

import io.mediamon.common.event.EntityType;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses what kind of party a recognised name is, from its own words ("Acme Holdings", "University of Kent",
 * "Lake Tahoe") and the words around its first mention ("Ms.", "said", "in"). A name of two or three words with
 * no such sign is taken for a person: in news, that is what such names mostly are.
 */
final class NameTypeGuess {
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company", "group", "holdings", "bank", "fund",
            "university", "college", "school", "institute", "foundation", "association", "council", "committee",
            "commission", "ministry", "department", "agency", "authority", "party", "court", "parliament", "senate",
            "assembly", "union", "federation", "league", "club", "society", "news", "times", "post", "journal",
            "press", "media", "network", "airlines", "airways", "motors", "technologies", "technology", "systems",
            "labs", "capital", "partners", "ventures", "securities", "exchange", "board", "office", "service",
            "services", "police", "army", "navy", "force", "forces", "organisation", "organization", "centre",
            "center", "hospital", "church", "team", "studios", "records", "pharmaceuticals", "energy", "telecom",
            "international", "global", "industries", "brands", "platforms", "games", "bureau", "administration");
    private static final Set<String> PLACE_WORDS = Set.of(
            "city", "county", "province", "state", "river", "lake", "mountain", "mount", "island", "islands",
            "valley", "bay", "coast", "street", "avenue", "road", "square", "park", "airport", "station", "region",
            "district", "village", "beach", "strait", "sea", "ocean", "desert", "peninsula", "hills", "heights",
            "asia", "africa", "europe", "america", "americas", "pacific", "atlantic", "arctic", "caribbean", "gulf",
            "balkans", "francisco", "angeles", "vegas", "diego", "york", "jersey", "zealand", "kong", "delhi");
    /** First words of place names: "San Francisco", "Southeast Asia", "New Jersey". */
    private static final Set<String> PLACE_FIRST_WORDS = Set.of(
            "san", "santa", "los", "las", "saint", "st", "port", "fort", "lake", "mount", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "southeast", "southwest", "northeast", "northwest",
            "central", "upper", "lower", "greater");
    private static final Set<String> PERSON_TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "president", "senator", "minister", "secretary",
            "chairman", "chairwoman", "ceo", "founder", "spokesman", "spokeswoman", "spokesperson", "judge",
            "professor", "prof", "rep", "gov", "governor", "mayor", "general", "gen", "king", "queen", "prince",
            "princess", "pope", "rev", "director", "officer", "chief", "analyst", "author", "actor", "singer");
    private static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "told", "added", "wrote", "argued", "noted", "explained", "claimed", "insisted",
            "denied", "stated", "tweeted", "posted", "warned", "asked", "replied", "who");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "outside", "around");
    private static final int MAX_PERSON_WORDS = 3;

    private NameTypeGuess() {
    }

    /** {@code firstAt}: offset of the name's first full mention in {@code text}, or -1 when unknown. */
    static EntityType of(String text, String name, int firstAt) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        for (String w : words) {
            String bare = strip(w);
            if (ORGANISATION_WORDS.contains(bare)) {
                return EntityType.ORGANISATION;
            }
        }
        if (PLACE_WORDS.contains(strip(words[words.length - 1])) || PLACE_WORDS.contains(strip(words[0]))
                || PLACE_FIRST_WORDS.contains(strip(words[0]))) {
            return EntityType.PLACE;
        }
        if (firstAt >= 0) {
            String before = wordBefore(text, firstAt);
            String after = wordAfter(text, firstAt + name.length());
            if (PERSON_TITLES.contains(before) || SPEECH_VERBS.contains(after)) {
                return EntityType.PERSON;
            }
            if (PLACE_PREPOSITIONS.contains(before)) {
                return EntityType.PLACE;
            }
        }
        boolean nameShaped = words.length <= MAX_PERSON_WORDS;
        for (String w : words) {
            nameShaped &= w.length() >= 2 && Character.isLetter(w.charAt(0));
        }
        return nameShaped ? EntityType.PERSON : EntityType.OTHER;
    }

    private static String strip(String w) {
        int end = w.length();
        while (end > 0 && !Character.isLetterOrDigit(w.charAt(end - 1))) {
            end--;
        }
        return w.substring(0, end);
    }

    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static String wordAfter(String text, int at) {
        int start = at;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == ',')) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
