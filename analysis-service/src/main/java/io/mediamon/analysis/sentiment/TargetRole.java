package io.mediamon.analysis.sentiment;

/**
 * Where a target stands in its sentence.
 *
 * @param syntactic        its grammatical role in its own clause (heuristic)
 * @param speech           whether it is the speaker of reported speech, is talked about in it, or neither
 * @param speechVerb       the reporting verb that decided {@code speech}, or null
 * @param speechVerbBefore true when that verb comes before the target
 */
public record TargetRole(Syntactic syntactic, Speech speech, String speechVerb, boolean speechVerbBefore) {

    /** Grammatical role: "X attacked Y" makes X the SUBJECT and Y the OBJECT; "attacked by X" makes X the AGENT. */
    public enum Syntactic {
        SUBJECT("subj"), OBJECT("obj"), AGENT("agent"), PREPOSITIONAL("pp"), POSSESSOR("poss");

        private final String key;

        Syntactic(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** "X said Y is corrupt": X is the SPEAKER, Y is CONTENT (talked about). */
    public enum Speech {
        SPEAKER("spk"), CONTENT("cont"), NONE("none");

        private final String key;

        Speech(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
