package io.mediamon.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.topic.TopicRules;
import io.mediamon.common.event.EntityType;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.PartySource;
import io.mediamon.common.event.WatchRule;
import io.mediamon.testkit.Seeds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartyRecognitionTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults(new LexiconScorer());

    private static List<String> ids(ArticleAnalysis a, PartySource source) {
        return a.parties().stream().filter(p -> p.foundBy() == source).map(PartySentiment::entityId).toList();
    }

    private static PartySentiment party(ArticleAnalysis a, String id) {
        return a.parties().stream().filter(p -> p.entityId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldGroupAPersonsFullNameSurnameAndTitledSurnameIntoOneParty() {
        ArticleAnalysis a = ANALYZER.analyze("Commission weighs new rules",
                "Neelie Kroes praised the proposal on Tuesday. Kroes said the rules were fair.\n\n"
                        + "Critics disagreed, but Ms. Kroes insisted the plan would help consumers.");
        PartySentiment kroes = party(a, "neelie-kroes");
        assertThat(kroes.foundBy()).isEqualTo(PartySource.RECOGNISED);
        assertThat(kroes.type()).isEqualTo("person");
        assertThat(kroes.mentions()).isEqualTo(3);
        assertThat(kroes.surfaceForms()).containsExactly("Neelie Kroes", "Kroes");
        assertThat(kroes.evidence()).isNotEmpty();
    }

    @Test
    void shouldNotTurnDemonymsBlockedPhrasesOrTitleCaseHeadlinesIntoParties() {
        ArticleAnalysis a = ANALYZER.analyze("Big Tech Faces New Rules In Europe",
                "Chinese netizens mocked the plan. A Beijing-based analyst said little. Startups in the region "
                        + "worried, and startups elsewhere agreed. Before boarding Air Force One, the president spoke.");
        assertThat(ids(a, PartySource.RECOGNISED)).isEmpty();
    }

    @Test
    void shouldKnowEveryUnMemberStateWithItsGovernmentPhrasesAndCapital() {
        ArticleAnalysis a = ANALYZER.analyze("Talks resume",
                "Paris said the talks would resume. Moscow denied it. The Brazilian government declined to comment, "
                        + "and officials in Lesotho were not available.");
        assertThat(a.parties()).extracting(PartySentiment::name)
                .contains("France", "Russia", "Brazil", "Lesotho");
        assertThat(Gazetteer.defaults().entries().stream().filter(e -> "country".equals(e.type())).count())
                .isGreaterThanOrEqualTo(193);
    }

    @Test
    void shouldApplyWatchRulesAddedAndRemovedAtRuntime() {
        LiveWatchlist watchlist = new LiveWatchlist(Gazetteer.defaults());
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new LexiconScorer(), watchlist, TopicRules.defaults());
        String body = "Zorblax reported record orders. Analysts said Zorblax had a strong quarter.";
        assertThat(analyzer.analyze("Orders", body).parties()).noneMatch(p -> p.entityId().equals("zorblax"));

        assertThat(watchlist.put(new WatchRule("zorblax", "Zorblax", List.of("Zorblax Inc."), EntityType.ORGANISATION,
                null, null, 1.0, true, null))).isEmpty();
        PartySentiment found = party(analyzer.analyze("Orders", body), "zorblax");
        assertThat(found.foundBy()).isEqualTo(PartySource.WATCHLIST);
        assertThat(found.mentions()).isEqualTo(2);

        watchlist.remove("zorblax");
        assertThat(analyzer.analyze("Orders", body).parties()).noneMatch(p -> p.entityId().equals("zorblax"));
    }

    @Test
    void shouldCountArticlesMatchingAWatchedTopicQueryAsItsCoverage() {
        LiveWatchlist watchlist = new LiveWatchlist(Gazetteer.defaults());
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new LexiconScorer(), watchlist, TopicRules.defaults());
        assertThat(watchlist.put(new WatchRule("dc-deals", "Data centre deals", List.of(), EntityType.OTHER, null,
                "\"data centre\" AND (Oracle OR OpenAI)", 1.0, true, null))).isEmpty();
        assertThat(ids(analyzer.analyze("Deal", "Oracle will build a data centre in Texas."), PartySource.WATCHLIST))
                .containsExactly("dc-deals");
        assertThat(ids(analyzer.analyze("Deal", "Oracle reported earnings."), PartySource.WATCHLIST)).isEmpty();
    }

    @Test
    void shouldRefuseRulesThatWouldMatchEverythingOrDoNotParse() {
        LiveWatchlist watchlist = new LiveWatchlist(Gazetteer.defaults());
        assertThat(watchlist.put(new WatchRule("x", "The", 1.0, true))).hasValueSatisfying(
                reason -> assertThat(reason).contains("common word"));
        assertThat(watchlist.put(new WatchRule("y", "Acme", List.of("a"), EntityType.OTHER, null, null, 1.0, true,
                null))).hasValueSatisfying(reason -> assertThat(reason).contains("two letters"));
        assertThat(watchlist.put(new WatchRule("z", "Acme", List.of(), EntityType.OTHER, null, "(Oracle", 1.0, true,
                null))).hasValueSatisfying(reason -> assertThat(reason).contains("does not parse"));
        assertThat(watchlist.size()).isZero();
    }

    /**
     * The names the seeds give that no file lists, checked by hand: real people (Ma Jihua, Rich Bishop, William
     * Bao Bean, Eugene Wei), outlets and agencies the articles cite, and places. "International Ministry" is seed
     * 003's machine-spun form of China's Foreign Ministry. "Air Force One", the presidential aircraft, is a thing,
     * not a party: a {@code block} entry keeps it out.
     */
    @Test
    void shouldRecognizeExactlyTheHandCheckedNamesInTheSeeds() {
        Map<String, List<String>> expected = Map.of(
                "000", List.of(),
                "001", List.of("ma-jihua"),
                "002", List.of("silicon-valley"),
                "003", List.of("rich-bishop", "william-bao-bean", "international-ministry", "southeast-asia"),
                "004", List.of("eugene-wei", "new-york-times", "san-francisco",
                        "transportation-safety-administration", "wall-street-journal"));
        expected.forEach((prefix, ids) -> {
            Seeds.Seed seed = Seeds.load(prefix);
            assertThat(ids(ANALYZER.analyze(seed.title(), seed.body()), PartySource.RECOGNISED))
                    .as(prefix).containsExactlyInAnyOrderElementsOf(ids);
        });
    }
}
