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

    private final WordTable table;

    public TargetRoleAnalyzer(CueWords cues) {
        this.table = WordTable.of(SentimentLexicon.standard(), cues);
    }

    /** @param clause clause number per token; {@code [ts, te)} are the target's token indices */
    public TargetRole analyze(List<Token> tokens, int[] clause, int ts, int te) {
        return analyze(table.words(tokens), clause, ts, te);
    }

    /** As {@link #analyze(List, int[], int, int)}, for words already looked up. */
    TargetRole analyze(TokenWords words, int[] clause, int ts, int te) {
        TargetRole.Syntactic syntactic = syntactic(words, clause, ts, te);
        int verb = -1;
        for (int i = 0; i < words.size(); i++) {
            if ((i < ts || i >= te) && words.is(i, CueWords.Category.REPORTING)) {
                boolean speaker = (i >= te && i - te <= SPEAKER_REACH)
                        || (i < ts && ts - i <= SPEAKER_REACH && isInvertedSpeech(words, i));
                if (speaker) {
                    return new TargetRole(syntactic, TargetRole.Speech.SPEAKER, words.norm(i), i < ts);
                }
                if (verb < 0) {
                    verb = i;
                }
            }
        }
        if (verb >= 0) {
            return new TargetRole(syntactic, TargetRole.Speech.CONTENT, words.norm(verb), verb < ts);
        }
        return new TargetRole(syntactic, TargetRole.Speech.NONE, null, false);
    }

    private static TargetRole.Syntactic syntactic(TokenWords words, int[] clause, int ts, int te) {
        if (te < words.size() && words.norm(te).equals("'s")) {
            return TargetRole.Syntactic.POSSESSOR;
        }
        String first = words.norm(ts);
        if (te - ts == 1 && (first.equals("his") || first.equals("their") || first.equals("its"))) {
            return TargetRole.Syntactic.POSSESSOR;
        }
        int tClause = clause[ts];
        for (int j = ts - 1; j >= 0 && j >= ts - 2 && clause[j] == tClause; j--) {
            if (words.norm(j).equals("by")) {
                return TargetRole.Syntactic.AGENT;
            }
        }
        int wordsBefore = 0;
        for (int j = ts - 1; j >= 0 && clause[j] == tClause; j--) {
            if (words.word(j) && !isDeterminerOrTitle(words.norm(j))) {
                wordsBefore++;
            }
        }
        if (wordsBefore == 0 || (ts > 0 && words.is(ts - 1, CueWords.Category.CLAUSE))) {
            return TargetRole.Syntactic.SUBJECT;
        }
        if (words.is(ts - 1, CueWords.Category.PREPOSITION)) {
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
    private static boolean isInvertedSpeech(TokenWords words, int verb) {
        String w = words.norm(verb);
        if (w.equals("according")) {
            return true;
        }
        boolean speechVerb = switch (w) {
            case "said", "says", "added", "wrote", "writes", "tweeted", "noted", "explained" -> true;
            default -> false;
        };
        return speechVerb && (verb == 0 || !words.word(verb - 1));
    }
}
