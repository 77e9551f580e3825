package io.mediamon.analysis.sentiment.contextual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContextualHeadTest {

    @Test
    void shouldReadBackWhatItWritesByteForByte() throws Exception {
        float[] mean = {0.5f, -1.25f};
        float[] scale = {2f, 0.125f};
        float[][] w = {{1f, -2f}, {0f, 0.5f}, {-1f, 3.75f}};
        float[] b = {0.1f, 0.2f, -0.3f};
        ContextualHead head = new ContextualHead(7, 0.003, mean, scale, w, b);
        StringWriter out = new StringWriter();
        head.write(out);
        ContextualHead back = ContextualHead.read(new ByteArrayInputStream(out.toString()
                .getBytes(StandardCharsets.UTF_8)));
        StringWriter again = new StringWriter();
        back.write(again);
        assertThat(again.toString()).isEqualTo(out.toString());
        assertThat(back.layer()).isEqualTo(7);
        assertThat(back.probabilities(new float[]{1f, 1f}))
                .containsExactly(head.probabilities(new float[]{1f, 1f}));
    }

    @Test
    void shouldGiveProbabilitiesThatSumToOneAndFollowTheWeights() {
        ContextualHead head = new ContextualHead(7, 0.01, new float[]{0f}, new float[]{1f},
                new float[][]{{-1f}, {0f}, {1f}}, new float[]{0f, 0f, 0f});
        double[] up = head.probabilities(new float[]{3f});
        double[] down = head.probabilities(new float[]{-3f});
        assertThat(up[0] + up[1] + up[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(up[2]).isGreaterThan(up[0]);
        assertThat(down[0]).isGreaterThan(down[2]);
    }

    @Test
    void shouldLoadTheBundledHeadForTheDefaultLayer() {
        ContextualHead head = ContextualHead.loadDefault();
        assertThat(head.layer()).isEqualTo(io.mediamon.analysis.encoder.EncoderSettings.defaults().layer());
        assertThat(head.dimension()).isEqualTo(ContextualFeatures.BLOCKS * 384);
    }
}
