package io.mediamon.lab.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the country part of the default gazetteer from the {@code world-countries} npm package's
 * {@code countries.json} (ODbL 1.0; see NOTICE): one entry for every UN member state, with its common and
 * official names, its English exonyms, its government phrases built from the demonym ("the French
 * government", "French authorities", ...) and its capital as a metonym ({@code ^Paris}: it counts where
 * Paris speaks or acts, "Paris said", not "in Paris").
 *
 * <p>What the package cannot know is written here, in three small tables: Wikidata ids (only those this
 * project is certain of; other states get the slug {@code country-<iso3>}), capitals too ambiguous to stand
 * for a state ("Victoria", "Kingston", "Sofia", "Malé"), and common English names the package lacks
 * ("Turkey", "Burma", "Britain"). Shared demonyms ("Congolese", "Dominican") make no government phrase.
 * The output is deterministic: same input, same bytes.
 */
public final class CountryGazetteerWriter {
    /** Wikidata ids this project is certain of; every other state gets a slug. */
    static final Map<String, String> WIKIDATA = Map.ofEntries(
            Map.entry("CHN", "Q148"), Map.entry("USA", "Q30"), Map.entry("IND", "Q668"),
            Map.entry("AUS", "Q408"), Map.entry("CAN", "Q16"), Map.entry("NZL", "Q664"),
            Map.entry("FRA", "Q142"), Map.entry("DEU", "Q183"), Map.entry("GBR", "Q145"),
            Map.entry("RUS", "Q159"), Map.entry("JPN", "Q17"), Map.entry("ITA", "Q38"),
            Map.entry("ESP", "Q29"), Map.entry("BRA", "Q155"), Map.entry("MEX", "Q96"),
            Map.entry("KOR", "Q884"), Map.entry("PRK", "Q423"), Map.entry("IRN", "Q794"),
            Map.entry("ISR", "Q801"), Map.entry("TUR", "Q43"), Map.entry("EGY", "Q79"),
            Map.entry("UKR", "Q212"), Map.entry("POL", "Q36"), Map.entry("NLD", "Q55"),
            Map.entry("SWE", "Q34"), Map.entry("NOR", "Q20"), Map.entry("CHE", "Q39"));

    /** Capitals that name too many other things to count as the state. */
    static final Set<String> AMBIGUOUS_CAPITALS = Set.of(
            "Victoria", "Kingston", "Kingstown", "Georgetown", "Santiago", "San José", "Saint John's",
            "St. George's", "Praia", "Malé", "Sofia", "Lima", "Nassau", "Moroni", "Tripoli", "Jerusalem",
            "Sucre", "Lobamba", "Roseau", "Castries", "Apia", "Palikir", "Ngerulmud", "Yaren", "Funafuti",
            "South Tarawa", "Basseterre", "Bern", "Washington D.C.", "Juba", "Dili", "Suva",
            "Luxembourg", "Monaco", "Singapore", "Djibouti", "Vatican City", "City of San Marino",
            "Port Louis", "Bloemfontein", "Cape Town", "Andorra la Vella");

    /** Common English names and exonyms the package does not list. */
    static final Map<String, List<String>> EXTRA_NAMES = Map.ofEntries(
            Map.entry("TUR", List.of("Turkey")), Map.entry("MMR", List.of("Burma")),
            Map.entry("GBR", List.of("UK", "U.K.", "Britain", "Great Britain")),
            Map.entry("CZE", List.of("Czech Republic")), Map.entry("SWZ", List.of("Swaziland")),
            Map.entry("NLD", List.of("the Netherlands", "Holland")), Map.entry("CIV", List.of("Ivory Coast")),
            Map.entry("COD", List.of("DRC", "DR Congo")), Map.entry("VAT", List.of("the Vatican", "Holy See")),
            Map.entry("USA", List.of("US", "U.S.", "the United States")),
            Map.entry("ARE", List.of("UAE", "U.A.E.")), Map.entry("PRK", List.of("DPRK")),
            Map.entry("MKD", List.of("Macedonia")), Map.entry("CPV", List.of("Cabo Verde")),
            Map.entry("TLS", List.of("East Timor")));

    private static final List<String> GOVERNMENT_PHRASES = List.of(
            "the %s government", "%s government", "%s authorities", "the %s authorities", "%s officials",
            "%s foreign ministry", "the %s foreign ministry", "%s regulators", "%s embassy", "the %s embassy");

    private static final List<String> NAME_PHRASES = List.of(
            "the government of %s", "%s's government", "%s's foreign ministry");

    /** Latin-script letters that only occur in phonetic transcriptions, never in a name as printed. */
    private static final String IPA = "ʁɡɔəɛʃʒŋ";

    private CountryGazetteerWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CountryGazetteerWriter COUNTRIES_JSON OUT_TSV");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    /** Reads {@code countriesJson} and writes the TSV to {@code out}; returns how many states it wrote. */
    public static int write(Path countriesJson, Path out) throws IOException {
        JsonNode countries = new ObjectMapper().readTree(countriesJson.toFile());
        List<JsonNode> members = new ArrayList<>();
        countries.forEach(c -> {
            if (c.path("unMember").asBoolean(false)) {
                members.add(c);
            }
        });
        Map<String, Integer> demonymUse = new HashMap<>();
        members.forEach(c -> demonymUse.merge(demonym(c), 1, Integer::sum));
        Map<String, String> lines = new TreeMap<>();
        for (JsonNode c : members) {
            String iso3 = c.path("cca3").asText();
            lines.put(iso3, line(c, demonymUse.get(demonym(c)) == 1));
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# GENERATED by io.mediamon.lab.gazetteer.CountryGazetteerWriter from the world-countries npm\n");
            w.write("# package (ODbL 1.0, see NOTICE). Do not edit: change the writer and regenerate\n");
            w.write("# (scripts/build-country-gazetteer.sh). Entries in gazetteer.tsv with the same id win.\n");
            for (String line : lines.values()) {
                w.write(line);
                w.write('\n');
            }
        }
        return lines.size();
    }

    static String line(JsonNode c, boolean demonymUnique) {
        String iso3 = c.path("cca3").asText();
        String name = c.path("name").path("common").asText();
        Set<String> aliases = new LinkedHashSet<>();
        String official = c.path("name").path("official").asText();
        if (!official.equals(name) && isLatin(official) && official.length() <= 60) {
            aliases.add(official);
            aliases.add("the " + official);
        }
        for (JsonNode alt : c.path("altSpellings")) {
            String a = alt.asText();
            if (a.indexOf(' ') > 0 && isLatin(a) && a.indexOf(',') < 0 && a.length() <= 60) {
                aliases.add(a);
            }
        }
        aliases.addAll(EXTRA_NAMES.getOrDefault(iso3, List.of()));
        String demonym = demonym(c);
        if (demonymUnique && !demonym.isEmpty()) {
            GOVERNMENT_PHRASES.forEach(p -> aliases.add(String.format(Locale.ROOT, p, demonym)));
        }
        String referred = takesArticle(name) ? "the " + name : name;
        if (takesArticle(name)) {
            aliases.add(referred);
        }
        NAME_PHRASES.forEach(p -> aliases.add(String.format(Locale.ROOT, p, referred)));
        for (JsonNode capital : c.path("capital")) {
            String cap = capital.asText();
            if (!AMBIGUOUS_CAPITALS.contains(cap) && !cap.equals(name) && isLatin(cap)) {
                aliases.add("^" + cap);
            }
        }
        aliases.remove(name);
        String id = WIKIDATA.getOrDefault(iso3, "country-" + iso3.toLowerCase(Locale.ROOT));
        return String.join("\t", id, name, "country", "-", String.join("|", aliases));
    }

    /** "the United Kingdom", "the Philippines", "the Republic of the Congo": plural or descriptive names. */
    static boolean takesArticle(String name) {
        return name.startsWith("United ") || name.startsWith("Republic ") || name.endsWith(" Republic")
                || name.endsWith("s") && !name.endsWith("ss") && !name.equals("Honduras") && !name.equals("Belarus")
                && !name.equals("Cyprus") && !name.equals("Mauritius") && !name.equals("Laos")
                && !name.equals("Barbados") && !name.equals("Kiribati") || name.equals("Gambia");
    }

    /** The English masculine demonym, first of a list ("Antiguan, Barbudan" gives "Antiguan"). */
    static String demonym(JsonNode c) {
        String d = c.path("demonyms").path("eng").path("m").asText("");
        int cut = indexOfAny(d, ",", " or ");
        return (cut < 0 ? d : d.substring(0, cut)).strip();
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** Latin letters (accents allowed), spaces and name punctuation only: no other scripts, no IPA. */
    static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(ch);
                if (script != Character.UnicodeScript.LATIN || IPA.indexOf(ch) >= 0) {
                    return false;
                }
            } else if (" '-.’‘".indexOf(ch) < 0) {
                return false;
            }
        }
        return !s.isBlank();
    }
}
