package io.mediamon.analysis.sentiment.party;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a negated or denied accusation: "no clear or sufficient evidence of data misuse on the part of X", "X denied
 * the allegations", "X was cleared of wrongdoing". The words of the accusation are negative, but the sentence does not
 * speak against X, so a negative reading of a party named in it is not counted as negative.
 */
final class DeniedAccusation {

    /** How far, in characters, the party may stand from the cue and still be its subject or object. */
    static final int REACH = 160;

    private static final Pattern CUE = Pattern.compile(
            "\\b(no (clear |sufficient |credible |hard |concrete |real |solid |conclusive |direct |public )*"
                    + "(or (clear |sufficient |credible |hard |concrete |conclusive )+)?(evidence|proof|indication|sign)s?"
                    + "|(found|find|finds|saw|see|sees|showed|shows|revealed|reveals) no (evidence|proof|sign|signs"
                    + "|indication|wrongdoing)"
                    + "|(not|never) (been )?(found|proven|proved|shown) (to be |to have )?(guilty|responsible|at fault)"
                    + "|(denied|denies|deny|denying|rejected|rejects|reject|dismissed|dismisses|refuted|refutes)"
                    + " (the |all |any |these |those |such |its |his |her |their )?(allegations?|accusations?|charges?"
                    + "|wrongdoing|suggestions? of wrongdoing)"
                    + "|(cleared|acquitted|exonerated) (of|from|in)"
                    + "|(baseless|unfounded|groundless|unsubstantiated|false) (allegations?|accusations?|charges?|smears?)"
                    + "|not guilty)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Words one of which a sentence must contain (as a substring, ignoring case) for {@link #CUE} to match: each
     * branch of the pattern holds one of them, so most sentences are spared the regular expression.
     */
    private static final String[] NECESSARY = {"no ", "not ", "never ", "den", "reject", "dismiss", "refut",
        "cleared", "acquitted", "exonerated", "baseless", "unfounded", "groundless", "unsubstantiated", "false"};

    private DeniedAccusation() {
    }

    /** Whether the sentence denies or negates an accusation near the party at {@code [from, to)}. */
    static boolean covers(String sentence, int from, int to) {
        if (!containsAny(sentence.toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher m = CUE.matcher(sentence);
        while (m.find()) {
            boolean after = from >= m.start() && from - m.end() <= REACH;
            boolean before = to <= m.start() && m.start() - to <= REACH / 2;
            if (after || before) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String lower) {
        for (String w : NECESSARY) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
