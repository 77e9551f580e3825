package io.mediamon.lab.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.sentiment.FeatureVector;
import io.mediamon.analysis.sentiment.LinearSoftmaxModel;
import io.mediamon.common.event.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftmaxTrainerTest {

    private static final TrainingOptions OPTIONS = new TrainingOptions(20, 0.1, 1e-4, 1, 7L, false);

    private static FeatureVector vector(String... names) {
        FeatureVector fv = FeatureVector.named();
        for (String n : names) {
            fv.add(n, null);
        }
        return fv;
    }

    private static void synthetic(List<FeatureVector> xs, List<SentimentLabel> ys) {
        String[] noise = {"a", "b", "c", "d"};
        for (int i = 0; i < 60; i++) {
            String n = noise[i % noise.length];
            xs.add(vector("good", n));
            ys.add(SentimentLabel.POSITIVE);
            xs.add(vector("bad", n));
            ys.add(SentimentLabel.NEGATIVE);
            xs.add(vector("meh", n));
            ys.add(SentimentLabel.NEUTRAL);
        }
    }

    @Test
    void shouldLearnAnObviousSignal() {
        List<FeatureVector> xs = new ArrayList<>();
        List<SentimentLabel> ys = new ArrayList<>();
        synthetic(xs, ys);

        LinearSoftmaxModel model = new SoftmaxTrainer(OPTIONS).fit(xs, ys);

        assertThat(model.probabilities(vector("good", "a"))[SentimentLabel.POSITIVE.ordinal()]).isGreaterThan(0.8);
        assertThat(model.probabilities(vector("bad", "c"))[SentimentLabel.NEGATIVE.ordinal()]).isGreaterThan(0.8);
        assertThat(model.probabilities(vector("meh"))[SentimentLabel.NEUTRAL.ordinal()]).isGreaterThan(0.8);
    }

    @Test
    void shouldProduceIdenticalModelTextForIdenticalInput() throws IOException {
        List<FeatureVector> xs = new ArrayList<>();
        List<SentimentLabel> ys = new ArrayList<>();
        synthetic(xs, ys);

        String first = text(new SoftmaxTrainer(OPTIONS).fit(xs, ys));
        String second = text(new SoftmaxTrainer(OPTIONS).fit(xs, ys));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldRoundTripTheModelFormat() throws IOException {
        List<FeatureVector> xs = new ArrayList<>();
        List<SentimentLabel> ys = new ArrayList<>();
        synthetic(xs, ys);
        String written = text(new SoftmaxTrainer(OPTIONS).fit(xs, ys));

        LinearSoftmaxModel reread = LinearSoftmaxModel.read(new BufferedReader(new StringReader(written)));

        assertThat(text(reread)).isEqualTo(written);
        assertThat(written).startsWith(LinearSoftmaxModel.HEADER).contains("\n@bias\t", "\ngood\t");
    }

    @Test
    void shouldDropFeaturesBelowTheMinimumCount() {
        List<FeatureVector> xs = new ArrayList<>();
        List<SentimentLabel> ys = new ArrayList<>();
        synthetic(xs, ys);
        xs.add(vector("rare", "good"));
        ys.add(SentimentLabel.NEGATIVE);

        LinearSoftmaxModel model = new SoftmaxTrainer(new TrainingOptions(5, 0.1, 1e-4, 2, 7L, false)).fit(xs, ys);

        assertThat(model.weightsOf("rare")).isNull();
        assertThat(model.weightsOf("good")).isNotNull();
    }

    private static String text(LinearSoftmaxModel model) throws IOException {
        StringWriter w = new StringWriter();
        model.write(w);
        return w.toString();
    }
}
