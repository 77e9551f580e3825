package io.mediamon.analysis.sentiment;

import io.mediamon.analysis.text.Token;
import java.util.List;

/**
 * Heuristic role of a target without a parser: possessor ("X's", "his"), agent of a passive ("by X"), clause
 * subject, object of a preposition, or object; and, for reported speech, speaker ("X said", "..., said X",
 * "according to X") versus talked-about content ("Y said X ...").
 */
public final class TargetRoleAnalyzer {

    private static final int SPEAKER_REACH = 2;

    private final CueWords cues;

    public TargetRoleAnalyzer(CueWords cues) {
        this.cues = cues;
    }

    /** @param clause clause number per token; {@code [ts, te)} are the target's token indices */
    public TargetRole analyze(List<Token> tokens, int[] clause, int ts, int te) {
        TargetRole.Syntactic syntactic = syntactic(tokens, clause, ts, te);
        int verb = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if ((i < ts || i >= te) && cues.is(CueWords.Category.REPORTING, tokens.get(i).norm())) {
                boolean speaker = (i >= te && i - te <= SPEAKER_REACH)
                        || (i < ts && ts - i <= SPEAKER_REACH && isInvertedSpeech(tokens, i));
                if (speaker) {
                    return new TargetRole(syntactic, TargetRole.Speech.SPEAKER, tokens.get(i).norm(), i < ts);
                }
                if (verb < 0) {
                    verb = i;
                }
            }
        }
        if (verb >= 0) {
            return new TargetRole(syntactic, TargetRole.Speech.CONTENT, tokens.get(verb).norm(), verb < ts);
        }
        return new TargetRole(syntactic, TargetRole.Speech.NONE, null, false);
    }

    private TargetRole.Syntactic syntactic(List<Token> tokens, int[] clause, int ts, int te) {
        if (te < tokens.size() && tokens.get(te).norm().equals("'s")) {
            return TargetRole.Syntactic.POSSESSOR;
        }
        String first = tokens.get(ts).norm();
        if (te - ts == 1 && (first.equals("his") || first.equals("their") || first.equals("its"))) {
            return TargetRole.Syntactic.POSSESSOR;
        }
        int tClause = clause[ts];
        for (int j = ts - 1; j >= 0 && j >= ts - 2 && clause[j] == tClause; j--) {
            if (tokens.get(j).norm().equals("by")) {
                return TargetRole.Syntactic.AGENT;
            }
        }
        int wordsBefore = 0;
        for (int j = ts - 1; j >= 0 && clause[j] == tClause; j--) {
            if (tokens.get(j).word() && !isDeterminerOrTitle(tokens.get(j).norm())) {
                wordsBefore++;
            }
        }
        if (wordsBefore == 0 || (ts > 0 && cues.is(CueWords.Category.CLAUSE, tokens.get(ts - 1).norm()))) {
            return TargetRole.Syntactic.SUBJECT;
        }
        if (cues.is(CueWords.Category.PREPOSITION, tokens.get(ts - 1).norm())) {
            return TargetRole.Syntactic.PREPOSITIONAL;
        }
        return TargetRole.Syntactic.OBJECT;
    }

    private static boolean isDeterminerOrTitle(String w) {
        return switch (w) {
            case "the", "a", "an", "president", "sen", "senator", "rep", "mr", "mrs", "ms", "dr", "former", "gov",
                 "governor", "then", "secretary", "speaker", "leader", "minister", "prime", "u.s", "vice" -> true;
            default -> false;
        };
    }

    /** A speech verb before its speaker: "..., said Smith" or "according to Smith" (not "Jones said Smith ..."). */
    private static boolean isInvertedSpeech(List<Token> tokens, int verb) {
        String w = tokens.get(verb).norm();
        if (w.equals("according")) {
            return true;
        }
        boolean speechVerb = switch (w) {
            case "said", "says", "added", "wrote", "writes", "tweeted", "noted", "explained" -> true;
            default -> false;
        };
        return speechVerb && (verb == 0 || !tokens.get(verb - 1).word());
    }
}
