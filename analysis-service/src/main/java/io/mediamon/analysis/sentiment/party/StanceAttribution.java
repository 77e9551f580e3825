package io.mediamon.analysis.sentiment.party;

import java.util.regex.Pattern;

/**
 * Separates an outlet's own stance from opinions it reports. A sentence such as "Critics argue that X is a
 * threat" is negative toward X at the sentence level, but it tells less about the article's stance than the
 * author's own words do, so it weighs less when the article-level sentiment is pooled.
 */
final class StanceAttribution {
    /** Weight of a sentence that attributes its opinion to an unnamed or generic third party. */
    static final double REPORTED_WEIGHT = 0.4;

    static final CuedPattern THIRD_PARTY_OPINION = new CuedPattern(Pattern.compile(
            "\\b(skeptics|sceptics|critics|opponents|detractors|hardliners|hardline voices|naysayers|some|others"
                    + "|many observers|rivals)\\b[^.;:!?]{0,60}?\\b(say|says|said|argue|argues|argued|claim|claims"
                    + "|claimed|allege|alleges|alleged|accuse|accuses|accused|frame|frames|framed|warn|warns|warned"
                    + "|fear|fears|feared|insist|insists|insisted|contend|contends|point to|sounded alarms"
                    + "|have sounded alarms|portray|portrays|cast|casting|decry|decried)\\b",
            Pattern.CASE_INSENSITIVE),
            "skeptics", "sceptics", "critics", "opponents", "detractors", "hardliners", "hardline voices", "naysayers",
            "some", "others", "many observers", "rivals");

    /** Weight of a sentence that reports bad news befalling a party rather than judging it. */
    static final double MISFORTUNE_WEIGHT = 0.5;

    static final CuedPattern MISFORTUNE = new CuedPattern(Pattern.compile(
            "\\b(under (intense |growing |mounting |increased )?(scrutiny|pressure|fire|attack)"
                    + "|fac(e|es|ed|ing) (a |an )?(mounting |growing |intense |escalating )?(pressure|scrutiny"
                    + "|challenges|ban|threat|backlash|deadline)|targeted by|threatened with|hit by|forced to)\\b",
            Pattern.CASE_INSENSITIVE),
            "under ", "fac", "targeted by", "threatened with", "hit by", "forced to");

    private StanceAttribution() {
    }

    /**
     * 1.0 for the author's own judgment, {@link #REPORTED_WEIGHT} for an opinion the sentence attributes to
     * others, {@link #MISFORTUNE_WEIGHT} for bad news that befalls a party without judging it.
     */
    static double weight(String sentence) {
        if (THIRD_PARTY_OPINION.foundIn(sentence)) {
            return REPORTED_WEIGHT;
        }
        return MISFORTUNE.foundIn(sentence) ? MISFORTUNE_WEIGHT : 1.0;
    }
}
