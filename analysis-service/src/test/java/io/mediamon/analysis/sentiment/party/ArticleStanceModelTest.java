package io.mediamon.analysis.sentiment.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.common.event.Sentiment;
import io.mediamon.common.event.SentimentLabel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleStanceModelTest {

    private static double[][] weights(double scale) {
        double[][] w = new double[3][ArticleStanceFeatures.SIZE + 1];
        int meanScore = 1 + ArticleStanceFeatures.NAMES.indexOf("mean_score");
        w[SentimentLabel.NEGATIVE.ordinal()][meanScore] = -scale;
        w[SentimentLabel.POSITIVE.ordinal()][meanScore] = scale;
        w[SentimentLabel.NEUTRAL.ordinal()][0] = 1.0;
        return w;
    }

    @Test
    void shouldReadWhatItWrites() throws IOException {
        ArticleStanceModel m = new ArticleStanceModel(weights(6));
        String text = m.write(List.of("a comment"));
        ArticleStanceModel back = ArticleStanceModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(back.write(List.of("a comment"))).isEqualTo(text);
        double[] f = new double[ArticleStanceFeatures.SIZE];
        f[0] = 0.5;
        assertThat(back.probabilities(f)).containsExactly(m.probabilities(f));
    }

    @Test
    void shouldRefuseAFileWithOtherFeatures() {
        String text = "label\tbias\tsomething_else\nnegative\t0\t0\n";
        assertThatThrownBy(() -> ArticleStanceModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("other features");
    }

    @Test
    void shouldScoreAsPositiveMinusNegativeProbabilityAndBeConfidentInTheLabel() {
        ArticleStanceModel m = new ArticleStanceModel(weights(6));
        double[] f = new double[ArticleStanceFeatures.SIZE];
        f[0] = -0.8;
        f[ArticleStanceFeatures.NEGATIVE_SHARE] = 1;
        Sentiment s = m.decide("x", f);
        double[] p = m.probabilities(f);
        assertThat(s.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(s.confidence()).isCloseTo(p[0], org.assertj.core.data.Offset.offset(1e-3));
        assertThat(s.score()).isCloseTo(p[2] - p[0], org.assertj.core.data.Offset.offset(1e-3));
        double[] shifted = m.shifted(new double[] {0, 10, 0}).probabilities(f);
        assertThat(shifted[1]).isGreaterThan(p[1]);
    }

    @Test
    void shouldCallNoDirectionThatNoMentionWasReadInEvenWhereTheFitLeansToIt() {
        // a fit that leans positive with the number of mentions alone, as PerSenT's main persons taught it to
        double[][] w = new double[3][ArticleStanceFeatures.SIZE + 1];
        int logMentions = 1 + ArticleStanceFeatures.NAMES.indexOf("log_mentions");
        w[SentimentLabel.POSITIVE.ordinal()][logMentions] = 3;
        ArticleStanceModel m = new ArticleStanceModel(w);
        List<TargetScore> neutralOnly = Collections.nCopies(3, new TargetScore(SentimentLabel.NEUTRAL, 0.05, 0.8,
                List.of()));
        double[] f = features(neutralOnly);
        double[] p = m.probabilities(f);
        assertThat(p[SentimentLabel.POSITIVE.ordinal()]).isGreaterThan(0.5);

        Sentiment s = m.decide("bidder", f);
        assertThat(s.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(s.score()).isZero();
        assertThat(s.confidence()).isCloseTo(p[SentimentLabel.NEUTRAL.ordinal()],
                org.assertj.core.data.Offset.offset(1e-3));

        List<TargetScore> onePositive = new ArrayList<>(neutralOnly);
        onePositive.set(1, new TargetScore(SentimentLabel.POSITIVE, 0.6, 0.7, List.of()));
        assertThat(m.decide("bidder", features(onePositive)).label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void shouldMeasureSharesNotSumsSoManyMildNegativesWeighNoMoreThanAFew() {
        List<TargetScore> few = Collections.nCopies(2, new TargetScore(SentimentLabel.NEGATIVE, -0.3, 0.6, List.of()));
        List<TargetScore> many = Collections.nCopies(20, new TargetScore(SentimentLabel.NEGATIVE, -0.3, 0.6, List.of()));
        double[] a = features(few);
        double[] b = features(many);
        for (String name : List.of("mean_score", "negative_share", "max_negative", "confident_score")) {
            int j = ArticleStanceFeatures.NAMES.indexOf(name);
            assertThat(b[j]).as(name).isCloseTo(a[j], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void shouldCountDeniedAccusationsAndReportedOpinion() {
        List<TargetScore> s = new ArrayList<>(Collections.nCopies(4, new TargetScore(SentimentLabel.NEUTRAL, 0, 0.7,
                List.of())));
        double[] stance = {1, 0.4, 1, 1};
        boolean[] denied = {true, false, false, false};
        double[] f = ArticleStanceFeatures.of(s, stance, denied, new boolean[4], new double[4], 4, 10, SentenceTone.NONE,
                SentenceTone.NONE, SentenceTone.NONE);
        assertThat(f[ArticleStanceFeatures.NAMES.indexOf("denied_share")]).isEqualTo(0.25);
        assertThat(f[ArticleStanceFeatures.NAMES.indexOf("reported_share")]).isCloseTo(0.15,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f[ArticleStanceFeatures.NAMES.indexOf("prominence")]).isEqualTo(0.4);
    }

    private static double[] features(List<TargetScore> s) {
        double[] stance = new double[s.size()];
        java.util.Arrays.fill(stance, 1.0);
        return ArticleStanceFeatures.of(s, stance, new boolean[s.size()], new boolean[s.size()], new double[s.size()], s.size(),
                s.size() * 2, SentenceTone.NONE, SentenceTone.NONE, SentenceTone.NONE);
    }
}
