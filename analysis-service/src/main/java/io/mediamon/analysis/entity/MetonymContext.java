package io.mediamon.analysis.entity;

import io.mediamon.analysis.text.CharKinds;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a capital named in the text stands for its state. A capital is a metonym only where the
 * sentence makes it act or speak: "Paris said", "Moscow on Monday denied", "Oslo has rejected", "Ankara's
 * response", "urged Tehran", "called on Baghdad". Elsewhere it is a place ("in Paris", "a Paris court",
 * "flights to Oslo") and mentions nobody.
 *
 * <p>The test reads at most a few words either side of the name, so it costs nothing next to matching.
 */
final class MetonymContext {
    /** Verbs whose subject is an actor: reporting, deciding, pressing, hitting back. */
    private static final Set<String> SUBJECT_VERBS = words(
            "said says say denied denies deny announced announces warned warns accused accuses rejected rejects "
            + "responded responds condemned condemns insisted insists claimed claims argued argues urged urges "
            + "demanded demands agreed agrees refused refuses threatened threatens vowed vows pledged pledges "
            + "promised promises criticised criticized criticises criticizes welcomed welcomes retaliated "
            + "retaliates imposed imposes approved approves blocked blocks banned bans sanctioned sanctions "
            + "signed signs confirmed confirms dismissed dismisses protested protests summoned summons expelled "
            + "expels recalled recalls wants wanted fears feared hopes hoped plans planned seeks sought "
            + "maintains maintained objected objects opposed opposes backed backs supported supports slammed "
            + "slams blamed blames called calls asked asks told tells stated states declared declares decided "
            + "decides ordered orders launched launches invaded invades attacked attacks annexed annexes pushed "
            + "pushes pressed presses negotiated negotiates accepted accepts offered offers proposed proposes "
            + "suspended suspends halted halts tightened tightens eased eases lifted lifts joined joins quit "
            + "quits vetoed vetoes reiterated reiterates stressed stresses noted notes added adds countered "
            + "counters hinted hints signalled signaled signals views viewed regards regarded considers "
            + "considered believes believed seemed seems appeared appears intervened intervenes retaliate "
            + "insist deny warn reject respond condemn");
    /** Words that may stand between the capital and its verb: auxiliaries, adverbs, a weekday. */
    private static final Set<String> BRIDGE_WORDS = words(
            "has have had is was will would could can may might must should also already quickly swiftly "
            + "promptly then later reportedly repeatedly previously since not never now again strongly firmly "
            + "officially publicly formally immediately on monday tuesday wednesday thursday friday saturday "
            + "sunday yesterday today been long");
    /** Nouns a capital's possessive names when it stands for the state: "Moscow's response". */
    private static final Set<String> STATE_NOUNS = words(
            "response responses decision decisions position stance policy policies government move moves demand "
            + "demands plan plans ban sanctions ambassador envoy officials reply reaction refusal support "
            + "backing objections claims accusations approval request offer proposal threat threats warning "
            + "warnings retaliation crackdown concerns regulators leaders leadership ministry side allies role "
            + "influence ambitions intervention invasion strategy diplomats diplomacy military forces troops "
            + "relations ties interests efforts pressure insistence rejection approach rhetoric");
    /** Verbs whose object is an actor being addressed or pressed: "urged Tehran", "accused Moscow". */
    private static final Set<String> OBJECT_VERBS = words(
            "urged urges urging warned warns warning accused accuses accusing told tells pressed presses "
            + "pressing criticised criticized criticising criticizing condemned condemns sanctioned sanctions "
            + "blamed blames blaming asked asks thanked praised rebuked lobbied lobbying threatened angered "
            + "provoked punished punish pressure pressuring pressured persuade persuaded convince convinced "
            + "defied defy confronted confront on against");
    /** "on" and "against" count only after these: "called on Baghdad", "sided against Moscow". */
    private static final Set<String> BEFORE_PREPOSITION = words(
            "called calls calling call sanctions sided retaliated retaliate retaliation turned measures "
            + "pressure leaning lean leaned leant");
    /** A capital after one of these is a place, whatever follows: "traders in London said". */
    private static final Set<String> PLACE_PREPOSITIONS = words(
            "in at from to near outside inside into across around throughout within via of through toward "
            + "towards between and visit visited visiting visits flew fly flights based");
    private static final int MAX_BRIDGE = 3;

    private MetonymContext() {
    }

    private static Set<String> words(String spaced) {
        return Set.copyOf(List.of(spaced.split(" ")));
    }

    /** True when the name at {@code [start, end)} of {@code text} acts, speaks or is addressed as a state. */
    static boolean actsAsState(String text, int start, int end) {
        int[] before = previousWord(text, start);
        if (before != null && PLACE_PREPOSITIONS.contains(lower(text, before))) {
            return false;
        }
        return possessiveOfState(text, end) || subjectOfVerb(text, end) || objectOfVerb(text, start);
    }

    private static boolean possessiveOfState(String text, int end) {
        int i = end;
        if (i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
                && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) {
            int[] next = nextWord(text, i + 2);
            for (int k = 0; k < 2 && next != null; k++) {
                if (STATE_NOUNS.contains(lower(text, next))) {
                    return true;
                }
                next = nextWord(text, next[1]);
            }
        }
        return false;
    }

    private static boolean subjectOfVerb(String text, int end) {
        int[] word = nextWord(text, end);
        for (int bridged = 0; word != null && bridged <= MAX_BRIDGE; bridged++) {
            String w = lower(text, word);
            boolean verb = SUBJECT_VERBS.contains(w);
            boolean auxiliary = BRIDGE_WORDS.contains(w);
            if (verb && !auxiliary) {
                return true;
            }
            if (!auxiliary) {
                return false;
            }
            word = nextWord(text, word[1]);
        }
        return false;
    }

    private static boolean objectOfVerb(String text, int start) {
        int[] before = previousWord(text, start);
        if (before == null) {
            return false;
        }
        String w = lower(text, before);
        if (!OBJECT_VERBS.contains(w)) {
            return false;
        }
        if (!w.equals("on") && !w.equals("against")) {
            return true;
        }
        int[] verb = previousWord(text, before[0]);
        return verb != null && BEFORE_PREPOSITION.contains(lower(text, verb));
    }

    /** The next word after {@code from} on the same clause (spaces only between), as {@code [start, end)}. */
    private static int[] nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == from && from < text.length() && from > 0) {
            return null;
        }
        int s = i;
        while (i < text.length() && CharKinds.isLetter(text.charAt(i))) {
            i++;
        }
        return i > s ? new int[] {s, i} : null;
    }

    /** The word before {@code to} on the same clause, as {@code [start, end)}. */
    private static int[] previousWord(String text, int to) {
        int i = to;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == to) {
            return null;
        }
        int e = i;
        while (i > 0 && CharKinds.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < e ? new int[] {i, e} : null;
    }

    private static String lower(String text, int[] word) {
        return text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
    }
}
