package io.mediamon.analysis.clean;

import io.mediamon.analysis.text.CharKinds;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores a line (or a short block) as site chrome rather than article text. Each feature adds
 * evidence; long lines pay a length penalty, so a real sentence that happens to say "copyright" stays.
 * A line is boilerplate at a score of {@value #THRESHOLD} or more.
 *
 * <p>Features: cue phrases (copyright and licence lines, "Most Viewed", comment prompts, contact and
 * submission footers, disclaimers, author bios, related-link teasers, edition switchers), navigation
 * trails ({@code Home / Opinion / ...}), share bars, photo captions and agency credits
 * ({@code [Photo/Agencies]}, {@code AFP/Noel Celis}), bylines, date-only lines, bare URLs, mixed-script
 * edition menus and registration numbers.
 */
final class BoilerplateClassifier {
    static final double THRESHOLD = 1.0;
    private static final int FREE_WORDS = 12;
    private static final double PENALTY_PER_WORD = 0.05;
    private static final int STRUCTURAL_MAX_WORDS = 30;

    private static final CueLexicon CUES = new CueLexicon(Map.ofEntries(
            Map.entry("copyright", 1.2), Map.entry("©", 1.2), Map.entry("all rights reserved", 1.2),
            Map.entry("without written authorization", 1.0), Map.entry("without permission", 0.6),
            Map.entry("republished", 0.5), Map.entry("license for", 0.8), Map.entry("licence for", 0.8),
            Map.entry("registration number", 1.0), Map.entry("browsers with", 0.6),
            Map.entry("most viewed", 1.2), Map.entry("most popular", 1.0), Map.entry("most read", 1.0),
            Map.entry("related articles", 1.0), Map.entry("related stories", 1.0), Map.entry("related:", 1.0),
            Map.entry("read more", 0.8), Map.entry("also read", 1.0), Map.entry("you may also like", 1.2),
            Map.entry("recommended for you", 1.0), Map.entry("commenting", 0.8), Map.entry("comments", 0.4),
            Map.entry("let us know", 0.6), Map.entry("leave a comment", 1.2), Map.entry("sign in to comment", 1.2),
            Map.entry("global edition", 1.0), Map.entry("edition", 0.3), Map.entry("updated:", 0.8),
            Map.entry("published:", 0.8), Map.entry("don't necessarily reflect", 1.2),
            Map.entry("do not necessarily reflect", 1.2), Map.entry("views expressed", 0.8),
            Map.entry("the author is", 1.0), Map.entry("disclaimer", 1.0), Map.entry("send us your", 0.8),
            Map.entry("share your thought", 0.6), Map.entry("our stories", 0.5), Map.entry("contact us", 0.8),
            Map.entry("to contact", 0.8), Map.entry("visit", 0.3), Map.entry("subscribe", 0.6),
            Map.entry("newsletter", 0.6), Map.entry("sign up", 0.5), Map.entry("click here", 1.0), Map.entry("follow us", 1.0),
            Map.entry("getty images", 1.0), Map.entry("file photo", 0.8), Map.entry("illustration", 0.3),
            Map.entry("photo:", 0.8), Map.entry("image:", 0.8), Map.entry("credit:", 0.8)));

    private static final Pattern NAV_TRAIL = Pattern.compile("^[\\p{L}&' ]{1,30}( [/>|»] [\\p{L}&' ]{1,30}){1,}$");
    private static final Pattern SHARE_BAR = Pattern.compile("^share\\b.{0,40}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET_CREDIT = Pattern.compile(
            "\\[(?:photo|image|video|file|graphic)[^\\]]*\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "^[A-Z][A-Za-z]{1,12}(?: [A-Z][A-Za-z]+)?/[A-Z][\\p{L}.'-]*(?: [A-Z][\\p{L}.'-]*){0,3}$");
    private static final Pattern BYLINE = Pattern.compile("^By\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\b");
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^(?:\\w+day,?\\s+)?(?:\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?)$");
    private static final Pattern URL_ONLY = Pattern.compile("^<?(?:https?://|www\\.)\\S+>?$");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}");

    record Verdict(double score, boolean boilerplate) {
    }

    Verdict classify(String line) {
        int words = wordCount(line);
        double score = CUES.score(line).weight();
        score += structuralScore(line, words);
        if (words <= FREE_WORDS && !endsLikeSentence(line)) {
            score += 0.2;
        }
        score -= PENALTY_PER_WORD * Math.max(0, words - FREE_WORDS);
        return new Verdict(score, score >= THRESHOLD);
    }

    private static double structuralScore(String line, int words) {
        double score = line.indexOf('[') >= 0 && BRACKET_CREDIT.matcher(line).find() ? 1.2 : 0;
        if (words > STRUCTURAL_MAX_WORDS) {
            return score;
        }
        if ((line.indexOf(" / ") > 0 || line.indexOf(" > ") > 0 || line.indexOf(" | ") > 0 || line.indexOf(" » ") > 0)
                && NAV_TRAIL.matcher(line).matches()) {
            score += 1.0;
        }
        if (line.regionMatches(true, 0, "home ", 0, 5) && words <= 10) {
            score += 0.3;
        }
        if (SHARE_BAR.matcher(line).matches()) {
            score += 1.0;
        }
        if (line.indexOf('/') > 0 && AGENCY_CREDIT.matcher(line).matches()) {
            score += 1.2;
        }
        if (words <= 20 && line.startsWith("By ") && BYLINE.matcher(line).find()) {
            score += 1.0;
        }
        if (words <= 5 && DATE_ONLY.matcher(line).matches()) {
            score += 1.0;
        }
        if (words <= 2 && URL_ONLY.matcher(line).matches()) {
            score += 1.2;
        }
        if (line.indexOf(" | ") >= 0 && words <= 15) {
            score += 0.3;
        }
        if (words <= 8 && mixesScripts(line)) {
            score += 0.6;
        }
        if (words <= 8 && LONG_NUMBER.matcher(line).find()) {
            score += 0.4;
        }
        return score;
    }

    static boolean endsLikeSentence(String line) {
        String s = line.stripTrailing();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d' || last == '\''
                || last == '\u2019' || last == ')';
    }

    /** Headline-like: short, and without the punctuation a sentence ends with. */
    static boolean isHeadlineLike(String line) {
        return wordCount(line) <= 15 && !endsLikeSentence(line);
    }

    private static boolean mixesScripts(String line) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (CharKinds.isLetter(c)) {
                if (c < 0x250) {
                    latin = true;
                } else {
                    other = true;
                }
            }
        }
        return latin && other;
    }

    static int wordCount(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean word = !CharKinds.isWhitespace(s.charAt(i));
            if (word && !inWord) {
                count++;
            }
            inWord = word;
        }
        return count;
    }

}
