package io.mediamon.analysis.sentiment.party;

import java.util.regex.Pattern;

/**
 * Finds a negated or denied accusation: "no clear or sufficient evidence of data misuse on the part of X", "X denied
 * the allegations", "X was cleared of wrongdoing". The words of the accusation are negative, but the sentence does not
 * speak against X, so a negative reading of a party named in it is not counted as negative.
 */
final class DeniedAccusation {

    /** How far, in characters, the party may stand from the cue and still be its subject or object. */
    static final int REACH = 160;

    static final CuedPattern CUE = new CuedPattern(Pattern.compile(
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
            Pattern.CASE_INSENSITIVE),
            // the first word of each branch
            "no ", "found ", "find", "saw ", "see", "showed ", "shows ", "revealed ", "reveals ", "not ", "never ",
            "den", "reject", "dismiss", "refut", "cleared ", "acquitted ", "exonerated ", "baseless ", "unfounded ",
            "groundless ", "unsubstantiated ", "false ");

    private DeniedAccusation() {
    }

    /** Whether the sentence denies or negates an accusation near the party at {@code [from, to)}. */
    static boolean covers(String sentence, int from, int to) {
        return CUE.anyMatch(sentence, (start, end) -> {
            boolean after = from >= start && from - end <= REACH;
            boolean before = to <= start && start - to <= REACH / 2;
            return after || before;
        });
    }
}
