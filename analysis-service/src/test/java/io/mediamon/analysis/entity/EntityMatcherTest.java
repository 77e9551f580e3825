package io.mediamon.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityMatcherTest {
    private static final Gazetteer GAZETTEER = Gazetteer.defaults();
    private static final EntityMatcher MATCHER = new EntityMatcher(GAZETTEER);

    private static List<String> ids(String text) {
        return MATCHER.find(text).stream().map(m -> m.entry().id()).toList();
    }

    private static List<String> surfaces(String text) {
        return MATCHER.find(text).stream().map(EntityMention::surface).toList();
    }

    @Test
    void shouldMatchUppercaseUsButNeverLowercaseUs() {
        assertThat(ids("The US banned it. Let us know what you think, as some of us did.")).containsExactly("Q30");
        assertThat(ids("Tell Us more")).isEmpty();
        assertThat(ids("He took the BUS and the U.S. embassy and the USA team.")).containsExactly("Q30", "Q30");
    }

    @Test
    void shouldMatchUsInsideHyphenatedCompounds() {
        assertThat(ids("the US-China trade war")).containsExactly("Q30", "Q148");
    }

    @Test
    void shouldCountACapitalAsItsStateOnlyWhereItActsOrSpeaks() {
        assertThat(ids("Paris said the talks would resume.")).containsExactly("Q142");
        assertThat(ids("Oslo has firmly rejected the plan.")).containsExactly("Q20");
        assertThat(ids("Moscow on Monday denied it.")).containsExactly("Q159");
        assertThat(ids("Ankara's response was swift.")).containsExactly("Q43");
        assertThat(ids("The EU urged Tehran to return to talks.")).contains("Q794");
        assertThat(ids("Activists called on Ottawa to act.")).containsExactly("Q16");
    }

    @Test
    void shouldNotCountACapitalUsedAsAPlace() {
        assertThat(ids("She lives in Paris and works near Oslo.")).isEmpty();
        assertThat(ids("A Paris court heard flights to Moscow were cancelled.")).isEmpty();
        assertThat(ids("Paris is lovely in spring, and Oslo, the capital, said little.")).isEmpty();
        assertThat(ids("Paris has a population of two million.")).isEmpty();
        assertThat(ids("Traders in Oslo said shares moved little, a consultant in Madrid said on Monday.")).isEmpty();
    }

    @Test
    void shouldNotTreatBeijingBasedAsTheGovernment() {
        assertThat(ids("The author is a Beijing-based commentator at a China-based firm.")).isEmpty();
        assertThat(ids("Beijing said no.")).containsExactly("Q148");
        assertThat(ids("a US-listed firm and a US-born founder")).isEmpty();
    }

    @Test
    void shouldNotTreatChinesePeopleOrFirmsAsTheChineseState() {
        assertThat(ids("Chinese netizens, Chinese internet users, Chinese experts and Chinese firms were angry."))
                .isEmpty();
        assertThat(ids("Chinese language web customers called him a traitor.")).isEmpty();
    }

    @Test
    void shouldMapGovernmentPhrasesToChina() {
        assertThat(surfaces("The Chinese government and Chinese authorities disagreed, as did the Chinese foreign ministry."))
                .containsExactly("The Chinese government", "Chinese authorities", "Chinese foreign ministry");
        assertThat(ids("the Chinese language govt can't retaliate")).containsExactly("Q148");
    }

    @Test
    void shouldPreferTheLongestMatch() {
        List<EntityMention> found = MATCHER.find("the Trump administration and China's Commerce Ministry reacted");
        assertThat(found).extracting(EntityMention::surface)
                .containsExactly("the Trump administration", "China's Commerce Ministry");
        assertThat(found).extracting(m -> m.entry().id()).containsExactly("Q30", "Q148");
    }

    @Test
    void shouldMergeAdjacentMentionsOfOneParty() {
        assertThat(surfaces("the U.S. Commerce Department banned it")).containsExactly("U.S. Commerce Department");
    }

    @Test
    void shouldRespectCapitalisationOfNames() {
        assertThat(ids("Oracle bid, and the oracle spoke; Trump played his trump card")).containsExactly("Q19900", "Q22686");
        assertThat(ids("Chinese Authorities Oppose Forced Sale of Tiktok")).containsExactly("Q148", "Q48938223");
    }

    @Test
    void shouldMatchWholeWordsOnly() {
        assertThat(ids("Chinaccelerator and AppInChina and Indiana")).isEmpty();
    }

    @Test
    void shouldCountASurnameOnlyAfterTheFullName() {
        assertThat(surfaces("Zhang said hi. Later Zhang Yiming wrote, and Zhang added more."))
                .containsExactly("Zhang Yiming", "Zhang");
    }

    @Test
    void shouldNotCountBlockedPhrases() {
        assertThat(ids("Southeast Asia, Africa, and South The US")).isEmpty();
    }

    @Test
    void shouldCountAPersonForTheAffiliatedParty() {
        String text = "Wang Wenbin spoke.";
        List<Sentence> sentences = ArticleText.sentence(text).sentences();
        List<PartyMentions> parties = new PartyMentionCollector(GAZETTEER).collect(MATCHER.find(text), sentences);
        assertThat(parties).extracting(p -> p.party().id()).containsExactly("wang-wenbin", "Q148");
        assertThat(parties.get(1).spans()).containsExactly(new PartyMentions.InSentence(0, 0, 11));
        assertThat(parties.get(0).party().affiliation()).isEqualTo("Q148");
    }

    @Test
    void shouldExtendAndOverrideTheDefaultsWithAUserFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("extra.tsv");
        Files.writeString(file, """
                # user entries
                acme\tAcme Corp\tcompany\t-\tAcme|ACME
                Q19900\tOracle\tcompany\t-\tBig Red
                dc\tWashington, D.C.\tcity\t-\tWashington
                """);
        EntityMatcher matcher = new EntityMatcher(Gazetteer.withUserFile(file));
        assertThat(matcher.find("ACME and Big Red talked to China in Washington").stream().map(m -> m.entry().id()))
                .containsExactly("acme", "Q19900", "Q148", "dc");
    }
}
