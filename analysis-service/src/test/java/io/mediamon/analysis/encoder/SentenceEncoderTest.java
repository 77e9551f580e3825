package io.mediamon.analysis.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    private static SentenceEncoder encoder;

    @BeforeAll
    static void open() {
        encoder = SentenceEncoder.open(EncoderSettings.defaults().withCacheSize(8));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void shouldCutTheGraphAtTheLayerAndKeepOnlyWhatItNeeds() throws Exception {
        byte[] model;
        try (InputStream in = SentenceEncoder.class.getResourceAsStream(SentenceEncoder.MODEL_RESOURCE)) {
            model = in.readAllBytes();
        }
        String layer7 = SentenceEncoder.layerOutput(7);
        byte[] cut = OnnxGraphCut.cutAt(model, layer7);
        assertThat(OnnxGraphCut.nodeOutputs(model)).contains(layer7, "last_hidden_state");
        assertThat(OnnxGraphCut.nodeOutputs(cut)).contains(layer7).doesNotContain("last_hidden_state")
                .noneMatch(name -> name.startsWith("/encoder/layer.7/"));
        assertThat(cut.length).isLessThan(model.length * 3 / 4);
        assertThatThrownBy(() -> OnnxGraphCut.cutAt(model, "no-such-tensor"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldContinueAPassThroughTheLastLayersAsTheWholeModelWould() {
        String text = "Regulators in Brussels opened an inquiry into the video app's handling of children's data.";
        TokenStates whole;
        try (SentenceEncoder full = SentenceEncoder.open(EncoderSettings.defaults().withLayer(EncoderSettings.LAYERS)
                .withCacheSize(0))) {
            whole = full.encode(text);
        }
        long misses = encoder.cacheMisses();
        long tails = encoder.tailRuns();

        TokenStates layer7 = encoder.encode(text);
        TokenStates last = encoder.finalStates(text);
        TokenStates again = encoder.finalStates(text);

        assertThat(encoder.cacheMisses()).isEqualTo(misses + 1);
        assertThat(encoder.tailRuns()).isEqualTo(tails + 1);
        assertThat(again).isSameAs(last);
        assertThat(last.size()).isEqualTo(whole.size()).isEqualTo(layer7.size());
        assertThat(last.starts()).containsExactly(whole.starts());
        assertThat(relativeDifference(last, whole)).isLessThan(1e-3);
        assertThat(cos(last.mean(), layer7.mean())).isLessThan(0.99);
    }

    @Test
    void shouldRunAPassOnToALayerAboveTheCutOnlyAsThatCutWould() {
        String text = "The league fined the club after fans ran onto the pitch at the end of the derby.";
        TokenStates at10;
        try (SentenceEncoder cut10 = SentenceEncoder.open(EncoderSettings.defaults().withLayer(10).withCacheSize(0))) {
            at10 = cut10.encode(text);
        }
        long misses = encoder.cacheMisses();
        long tails = encoder.tailRuns();

        TokenStates upper = encoder.statesAfter(10, text);
        TokenStates again = encoder.statesAfter(10, text);
        TokenStates last = encoder.finalStates(text);

        assertThat(encoder.cacheMisses()).as("one pass to the cut serves both").isEqualTo(misses + 1);
        assertThat(encoder.tailRuns()).isEqualTo(tails + 2);
        assertThat(again).isSameAs(upper);
        assertThat(encoder.statesAfter(EncoderSettings.defaults().layer(), text).states())
                .isSameAs(encoder.encode(text).states());
        assertThat(upper.starts()).containsExactly(at10.starts());
        assertThat(relativeDifference(upper, at10)).isLessThan(1e-3);
        assertThat(cos(upper.mean(), last.mean())).isLessThan(0.99);
        assertThatThrownBy(() -> encoder.statesAfter(5, text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encoder.statesAfter(13, text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The largest difference between two texts' states, relative to the larger of 1 and the reference's largest. */
    private static double relativeDifference(TokenStates got, TokenStates reference) {
        double maxDiff = 0;
        double maxAbs = 0;
        for (int t = 0; t < got.size(); t++) {
            for (int i = 0; i < got.width(); i++) {
                maxDiff = Math.max(maxDiff, Math.abs(got.states()[t][i] - reference.states()[t][i]));
                maxAbs = Math.max(maxAbs, Math.abs(reference.states()[t][i]));
            }
        }
        return maxDiff / Math.max(1, maxAbs);
    }

    @Test
    void shouldShareOneEncoderPerSettings() {
        EncoderSettings s = EncoderSettings.defaults().withCacheSize(4);
        SentenceEncoder a = SentenceEncoder.shared(s);
        a.close();
        assertThat(SentenceEncoder.shared(s)).isSameAs(a);
        assertThat(a.encode("Still open after close.").size()).isPositive();
    }

    @Test
    void shouldMapEveryTokenToItsCharactersWithoutSpecialTokens() {
        String text = "Beijing denied the TikTok accusations.";
        TokenStates s = encoder.encode(text);
        assertThat(s.width()).isEqualTo(384);
        assertThat(s.starts()[0]).isZero();
        assertThat(s.ends()[s.size() - 1]).isEqualTo(text.length());
        int from = text.indexOf("TikTok");
        int a = s.firstToken(from, from + 6);
        int b = s.endToken(from, from + 6);
        assertThat(b).isGreaterThan(a);
        assertThat(s.starts()[a]).isEqualTo(from);
        assertThat(s.ends()[b - 1]).isEqualTo(from + 6);
        assertThat(s.truncated()).isFalse();
    }

    @Test
    void shouldServeARepeatedTextFromTheCache() {
        String text = "A syndicated sentence that appears in many copies.";
        long misses = encoder.cacheMisses();
        TokenStates first = encoder.encode(text);
        TokenStates again = encoder.encode(new String(text.toCharArray()));
        assertThat(again).isSameAs(first);
        assertThat(encoder.cacheMisses()).isEqualTo(misses + 1);
    }

    @Test
    void shouldGiveSimilarEmbeddingsToParaphrasesAndDeterministicStates() {
        float[] a = encoder.embed("The company reported record profits this quarter.");
        float[] b = encoder.embed("The firm announced its highest earnings ever this quarter.");
        float[] c = encoder.embed("Heavy rain flooded the village overnight.");
        assertThat(cos(a, b)).isGreaterThan(cos(a, c));
        encoder.clearCache();
        assertThat(encoder.embed("Heavy rain flooded the village overnight.")).containsExactly(c);
    }

    @Test
    void shouldTruncateLongTextsAndSaySo() {
        String text = "word ".repeat(400);
        TokenStates s = encoder.encode(text);
        assertThat(s.truncated()).isTrue();
        assertThat(s.size()).isEqualTo(EncoderSettings.defaults().maxTokens() - 2);
        assertThat(s.firstToken(text.length() - 5, text.length())).isEqualTo(-1);
    }

    private static double cos(float[] x, float[] y) {
        double d = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            d += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return d / Math.sqrt(nx * ny);
    }
}
