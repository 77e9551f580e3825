package io.mediamon.analysis.sentiment.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class CuedPatternTest {

    /** Words of the three patterns, their near misses, odd cases and chars that test the word boundaries. */
    private static final String[] PIECES = {"critics", "Critics", "CRITICS", "some", "Some", "someone", "handsome",
        "others", "brothers", "say", "says", "said", "argue", "warned", "many observers", "hardline voices",
        "under", "under pressure", "under intense scrutiny", "facing", "faced a", "face an", "growing", "ban",
        "threat", "backlash", "hit by", "forced to", "targeted by", "no", "No", "not", "never", "been", "found",
        "proven", "guilty", "responsible", "evidence", "clear", "or", "sufficient", "proof", "signs", "denied",
        "Denies", "the", "allegations", "charges", "wrongdoing", "cleared", "of", "from", "baseless", "false",
        "smears", "saw", "sees", "reveals", "rejects", "dismissed", "refutes", "suggestion", "X", "Acme", "_some",
        "5critics", "critics_", "found no", "saw no",
        "Shows no", "no evidence", "no clear", "not been found", "never proven", "denied the", "rejects all",
        "cleared of", "false allegations", "not guilty", "critics say", "some argue", "under fire", "faces a",
        "facing mounting", "claimed", "accused",
        "portrays", "casting", "decried", "point to", "have sounded alarms", "insists", "fears", "frames", "contends",
        "alleges", "İ", "\u212Aey", "café", "naïve", "–", ",", ".", ";", "!", "\"", "'", "(", ")"};

    @Test
    void shouldFindWhatAPlainSearchFinds() {
        Random random = new Random(11);
        List<CuedPattern> patterns = List.of(StanceAttribution.THIRD_PARTY_OPINION, StanceAttribution.MISFORTUNE,
                DeniedAccusation.CUE);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(25);
            for (int w = 0; w < words; w++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(8) != 0) {
                    text.append(random.nextInt(12) == 0 ? "  " : " ");
                }
            }
            String s = text.toString();
            for (CuedPattern p : patterns) {
                List<List<Integer>> cued = new ArrayList<>();
                boolean any = p.anyMatch(s, (start, end) -> {
                    cued.add(List.of(start, end));
                    return false;
                });
                List<List<Integer>> plain = new ArrayList<>();
                Matcher m = p.pattern().matcher(s);
                while (m.find()) {
                    plain.add(List.of(m.start(), m.end()));
                }
                assertThat(any).isFalse();
                assertThat(cued).as(s).containsExactlyElementsOf(plain);
                assertThat(p.foundIn(s)).as(s).isEqualTo(!plain.isEmpty());
                found += plain.size();
            }
        }
        assertThat(found).as("the texts hold matches to compare").isGreaterThan(1_000);
    }
}
