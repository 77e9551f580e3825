package io.mediamon.analysis.sentiment.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeniedAccusationTest {

    private static boolean covers(String sentence, String party) {
        int from = sentence.indexOf(party);
        return DeniedAccusation.covers(sentence, from, from + party.length());
    }

    @Test
    void shouldSeeANegatedAccusationAgainstTheParty() {
        assertThat(covers("The ministry said there was no clear or sufficient evidence of data misuse on the part"
                + " of TikTok.", "TikTok")).isTrue();
        assertThat(covers("TikTok denied the allegations on Monday.", "TikTok")).isTrue();
        assertThat(covers("Regulators found no evidence of wrongdoing by Oracle.", "Oracle")).isTrue();
        assertThat(covers("Smith was cleared of all charges.", "Smith")).isTrue();
    }

    @Test
    void shouldMatchEveryKindOfCueWhateverItsCase() {
        assertThat(covers("NO EVIDENCE of misuse was found at TikTok.", "TikTok")).isTrue();
        assertThat(covers("Oracle has Never Been Found Guilty of fraud.", "Oracle")).isTrue();
        assertThat(covers("Walmart Rejected The Accusations.", "Walmart")).isTrue();
        assertThat(covers("ByteDance dismissed all charges as politics.", "ByteDance")).isTrue();
        assertThat(covers("Baseless smears, said Microsoft.", "Microsoft")).isTrue();
        assertThat(covers("A jury found Smith not guilty.", "Smith")).isTrue();
        assertThat(covers("Jones was acquitted of fraud.", "Jones")).isTrue();
        assertThat(covers("TikTok refutes the charges.", "TikTok")).isTrue();
        assertThat(covers("Officials now say the charges against TikTok stand.", "TikTok")).isFalse();
    }

    @Test
    void shouldLeaveAnAccusationThatStandsAlone() {
        assertThat(covers("Officials accused TikTok of misusing data.", "TikTok")).isFalse();
        assertThat(covers("There is evidence of data misuse by TikTok.", "TikTok")).isFalse();
        assertThat(covers("US officials rejected the company's claims about TikTok.", "TikTok")).isFalse();
    }
}
