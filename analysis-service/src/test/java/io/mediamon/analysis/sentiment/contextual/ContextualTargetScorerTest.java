package io.mediamon.analysis.sentiment.contextual;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.topic.ArticleTopics;
import io.mediamon.analysis.topic.TopicRules;
import io.mediamon.common.event.SentimentLabel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContextualTargetScorerTest {

    private static SentenceEncoder encoder;
    private static ContextualTargetScorer scorer;
    private static final TargetScorer FALLBACK = (text, s, span) ->
            new TargetScore(SentimentLabel.NEUTRAL, 0.0, 0.01, List.of("fb"));

    @BeforeAll
    static void open() {
        encoder = SentenceEncoder.open(EncoderSettings.defaults().withCacheSize(16));
        scorer = new ContextualTargetScorer(encoder, ContextualHead.loadDefault(), FALLBACK);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static TargetScore score(String sentence, String target) {
        int from = sentence.lastIndexOf(target);
        ArticleText text = ArticleText.sentence(sentence);
        Sentence s = text.sentences().get(0);
        return scorer.score(text, s, text.targetSpan(s, from, from + target.length()));
    }

    @Test
    void shouldReadPraiseAndCondemnationOfTheTarget() {
        TargetScore praised = score("Observers praised Smith for her brave and honest leadership during the crisis.",
                "Smith");
        TargetScore condemned = score("Smith was condemned for corruption, lies and a shameful abuse of power.",
                "Smith");
        assertThat(praised.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(condemned.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(condemned.score()).isLessThan(praised.score());
        assertThat(condemned.cues()).isNotEmpty().noneMatch(c -> c.contains("Smith"));
    }

    @Test
    void shouldScoreTwoTargetsOfOneSentenceFromOneEncoding() {
        String s = "Jones attacked Brown, calling him a liar.";
        long misses = encoder.cacheMisses();
        score(s, "Jones");
        score(s, "Brown");
        assertThat(encoder.cacheMisses()).isEqualTo(misses + 1);
    }

    @Test
    void shouldFallBackWhenTheTargetIsPastTheTruncationPoint() {
        String s = "word ".repeat(400) + "Smith";
        TargetScore t = score(s, "Smith");
        assertThat(t.cues()).containsExactly("fb");
    }

    @Test
    void shouldReadASentenceTheArticleAlreadyEncodedInContextButNotOneCachedFromElsewhere() {
        TargetScorer sure = (text, s, span) -> new TargetScore(SentimentLabel.NEUTRAL, 0.0, 0.99, List.of("sure"));
        CascadeTargetScorer cascade = new CascadeTargetScorer(sure, scorer, 0.5);
        String sentence = "Critics condemned Garcia for a shameful and corrupt abuse of power.";
        ArticleText text = ArticleText.sentence(sentence);
        Sentence s = text.sentences().get(0);
        int from = sentence.indexOf("Garcia");
        var span = text.targetSpan(s, from, from + "Garcia".length());
        List<TargetScorer.Target> targets = List.of(new TargetScorer.Target(s, span));

        assertThat(cascade.score(text, s, span).cues()).containsExactly("sure");
        encoder.encode(text.textOf(s));
        assertThat(cascade.score(text, s, span).cues()).as("the cache does not change the answer")
                .containsExactly("sure");
        assertThat(cascade.forArticle(text, targets).score(text, s, span).cues()).containsExactly("sure");

        TargetScore reused = cascade.forArticle(text, targets, java.util.Set.of(s)).score(text, s, span);
        assertThat(reused.cues()).doesNotContain("sure");
        assertThat(reused.label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void shouldEncodeOnlyTheBudgetsMostUnsureSentencesOfAnArticle() {
        String[] parts = {"Officials met Lopez on Monday.", "Critics condemned Lopez for a corrupt abuse of power.",
            "Lopez later flew home.", "Supporters cheered Lopez as a brave and honest leader."};
        StringBuilder all = new StringBuilder();
        List<int[]> ranges = new java.util.ArrayList<>();
        for (String p : parts) {
            if (all.length() > 0) {
                all.append(' ');
            }
            ranges.add(new int[]{all.length(), all.length() + p.length()});
            all.append(p);
        }
        ArticleText text = ArticleText.of(all.toString(), ranges);
        // the fast stand-in is least sure about sentences 1 and 3 (they contain "condemned" / "cheered")
        TargetScorer fast = (t, s, span) -> {
            String str = t.textOf(s);
            double c = str.contains("condemned") ? 0.40 : str.contains("cheered") ? 0.45 : 0.70;
            return new TargetScore(SentimentLabel.NEUTRAL, 0.0, c, List.of("fast"));
        };
        List<TargetScorer.Target> targets = new java.util.ArrayList<>();
        for (Sentence s : text.sentences()) {
            int from = s.start() + text.textOf(s).indexOf("Lopez");
            targets.add(new TargetScorer.Target(s, text.targetSpan(s, from, from + 5)));
        }
        encoder.clearCache();
        long misses = encoder.cacheMisses();
        TargetScorer planned = new CascadeTargetScorer(fast, scorer, 0.8, 1).forArticle(text, targets);
        List<TargetScore> scores = targets.stream().map(t -> planned.score(text, t.sentence(), t.span())).toList();

        assertThat(encoder.cacheMisses() - misses).isEqualTo(1);
        assertThat(scores.get(1).cues()).doesNotContain("fast");
        assertThat(scores.get(1).label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(scores.get(0).cues()).containsExactly("fast");
        assertThat(scores.get(2).cues()).containsExactly("fast");
        assertThat(scores.get(3).cues()).containsExactly("fast");

        TargetScorer none = new CascadeTargetScorer(fast, scorer, 0.8, 0).forArticle(text, targets);
        assertThat(none.score(text, targets.get(3).sentence(), targets.get(3).span()).cues()).containsExactly("fast");
        assertThat(none.score(text, targets.get(1).sentence(), targets.get(1).span()).cues())
                .as("a sentence in the encoder's cache from elsewhere does not change this article's plan")
                .containsExactly("fast");

        TargetScorer lead = new CascadeTargetScorer(fast, scorer, 0.8, 0).forArticle(text, targets,
                java.util.Set.of(targets.get(0).sentence()));
        assertThat(lead.score(text, targets.get(0).sentence(), targets.get(0).span()).cues())
                .as("a sentence this article's topic stage encoded costs nothing and is read in context")
                .doesNotContain("fast");
        assertThat(lead.score(text, targets.get(1).sentence(), targets.get(1).span()).cues()).containsExactly("fast");
    }

    @Test
    void shouldReadTheHeadlineAndLeadInContextWhateverTheTopicMode() {
        TargetScorer sure = (text, sentence, span) ->
                new TargetScore(SentimentLabel.NEUTRAL, 0.0, 0.99, List.of("fast"));
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(new CascadeTargetScorer(sure, scorer, 0.8, 0), null,
                ArticleTopics.rulesOnly(TopicRules.defaults()));
        String title = "Regulators condemn TikTok over a shameful scandal about children's data";
        String body = "TikTok was fined heavily on Tuesday after an inquiry found it had misled parents. "
                + "The regulator said the fine was the largest it had ever imposed on a video service. "
                + "Lawyers for the families welcomed the ruling and said more cases would follow soon. "
                + "A spokesperson for TikTok said the company would study the decision carefully.";
        encoder.clearCache();
        long misses = encoder.cacheMisses();

        analyzer.analyze(title, body);

        assertThat(encoder.cacheMisses() - misses)
                .as("with rules for topics and no budget, the headline and the first lead sentence that name the"
                        + " party are still encoded; the last sentence keeps the fast answer")
                .isEqualTo(2);
    }
}
