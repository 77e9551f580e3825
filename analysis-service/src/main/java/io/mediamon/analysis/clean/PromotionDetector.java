package io.mediamon.analysis.clean;

import io.mediamon.analysis.entity.CapitalisedNames;
import io.mediamon.analysis.entity.EntityMatcher;
import io.mediamon.analysis.entity.EntityMention;
import io.mediamon.analysis.text.CharKinds;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds pasted promotional paragraphs (SEO spam: "Visit Great SMM today to learn more").
 *
 * <p>Each paragraph is scored from features: sales cue phrases ("smm panel", "our experts",
 * "to learn more", "variety of services", ...), first-person-plural words outside quotations (a news
 * report speaks in the third person; "we" inside a quote is a source speaking), and mentions of a
 * <em>promoted brand</em>: a capitalised name the gazetteer does not know, absent from the headline,
 * that recurs in two or more paragraphs at least one of which is plainly commercial. Long paragraphs
 * pay a length penalty. A paragraph is promotional at {@value #THRESHOLD} or more.
 */
final class PromotionDetector {
    static final double THRESHOLD = 2.0;
    private static final double COMMERCIAL = 1.5;
    private static final double BRAND_WEIGHT = 2.0;
    private static final double FIRST_PERSON_WEIGHT = 0.4;
    private static final double FIRST_PERSON_CAP = 1.2;
    private static final int FREE_WORDS = 80;
    private static final double PENALTY_PER_WORD = 0.01;
    private static final List<String> FIRST_PERSON_PLURAL = List.of("we", "our", "ours", "us", "we're", "we've");

    private static final CueLexicon CUES = new CueLexicon(Map.ofEntries(
            Map.entry("smm panel", 1.5), Map.entry("our experts", 1.0), Map.entry("our team", 0.8),
            Map.entry("our services", 1.2), Map.entry("our experience", 0.8), Map.entry("our capabilities", 0.8),
            Map.entry("our clients", 1.0), Map.entry("our customers", 0.8), Map.entry("our agency", 1.0),
            Map.entry("variety of services", 1.0), Map.entry("offers a variety", 0.6), Map.entry("services", 0.3),
            Map.entry("to learn more", 1.0), Map.entry("learn more", 0.6), Map.entry("visit", 0.6),
            Map.entry("clients", 0.4), Map.entry("client's", 0.5), Map.entry("campaigns", 0.3),
            Map.entry("budget", 0.3), Map.entry("brands and businesses", 1.0), Map.entry("social media presence", 0.8),
            Map.entry("influencer", 0.5), Map.entry("buy followers", 1.5), Map.entry("cheap", 0.5),
            Map.entry("discount", 0.6), Map.entry("best price", 1.0), Map.entry("order now", 1.2),
            Map.entry("sign up", 0.6), Map.entry("free trial", 1.0), Map.entry("contact us", 0.8),
            Map.entry("tailored to", 0.4), Map.entry("promo code", 1.5), Map.entry("affordable", 0.5),
            Map.entry("seo", 0.6), Map.entry("boost your", 1.0), Map.entry("grow your", 0.8)));

    /** Which paragraphs are promotional, with the brands behind the verdict. */
    record Result(boolean[] promotional, Set<String> brands) {
    }

    private final EntityMatcher entities;

    PromotionDetector(EntityMatcher entities) {
        this.entities = entities;
    }

    Result detect(List<String> paragraphs, String title) {
        double[] cueScores = new double[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            cueScores[i] = CUES.score(p).weight()
                    + Math.min(FIRST_PERSON_CAP, FIRST_PERSON_WEIGHT * firstPersonPluralOutsideQuotes(p))
                    - PENALTY_PER_WORD * Math.max(0, BoilerplateClassifier.wordCount(p) - FREE_WORDS);
        }
        Set<String> brands = promotedBrands(paragraphs, title, cueScores);
        boolean[] promotional = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            double score = cueScores[i];
            for (String brand : brands) {
                if (paragraphs.get(i).contains(brand)) {
                    score += BRAND_WEIGHT;
                    break;
                }
            }
            promotional[i] = score >= THRESHOLD;
        }
        return new Result(promotional, brands);
    }

    private Set<String> promotedBrands(List<String> paragraphs, String title, double[] cueScores) {
        if (!anyCommercial(cueScores)) {
            return new HashSet<>(); // a brand needs a commercial paragraph: with none, no name can be one
        }
        Map<String, Set<Integer>> candidates = new LinkedHashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            for (CapitalisedNames.Name name : CapitalisedNames.find(paragraphs.get(i))) {
                candidates.computeIfAbsent(name.text(), k -> new HashSet<>()).add(i);
            }
        }
        Set<String> brands = new HashSet<>();
        for (Map.Entry<String, Set<Integer>> candidate : candidates.entrySet()) {
            String name = candidate.getKey();
            if (candidate.getValue().size() < 2 || (title != null && title.contains(name)) || isKnownEntity(name)) {
                continue;
            }
            int paragraphsWith = 0;
            boolean commercial = false;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).contains(name)) {
                    paragraphsWith++;
                    commercial |= cueScores[i] >= COMMERCIAL;
                }
            }
            if (paragraphsWith >= 2 && commercial) {
                brands.add(name);
            }
        }
        return brands;
    }

    private static boolean anyCommercial(double[] cueScores) {
        for (double score : cueScores) {
            if (score >= COMMERCIAL) {
                return true;
            }
        }
        return false;
    }

    private boolean isKnownEntity(String name) {
        List<EntityMention> found = entities.find(name, true);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == name.length();
    }

    static int firstPersonPluralOutsideQuotes(String text) {
        int count = 0;
        boolean inQuote = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                inQuote = c == '\u201c' || (c == '"' && !inQuote);
                i++;
                continue;
            }
            if (!CharKinds.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (CharKinds.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            int length = i - start;
            boolean candidate = !inQuote && length >= 2 && length <= 5 && !text.startsWith("US", start);
            if (candidate && isFirstPersonPlural(text, start, i)) {
                count++;
            }
        }
        return count;
    }

    /** Whether {@code [start, end)} of {@code text}, lower-cased char by char, is a first-person-plural word. */
    private static boolean isFirstPersonPlural(String text, int start, int end) {
        for (String word : FIRST_PERSON_PLURAL) {
            if (CharKinds.equalsLowerCased(text, start, end, word)) {
                return true;
            }
        }
        return false;
    }


    static String snippetOf(String paragraph) {
        return paragraph.length() <= 160 ? paragraph : paragraph.substring(0, 157) + "...";
    }
}
