package io.mediamon.analysis.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class AnalysisMetersTest {

    @Test
    void shouldCountTheSharedEncodersPassesTailRunsAndCacheHits() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new AnalysisMeters(registry);
        SentenceEncoder encoder = SentenceEncoder.shared(EncoderSettings.defaults());
        String text = "Meter check " + System.nanoTime() + ": the regulator fined the app maker on Tuesday.";
        double passes = count(registry, "mediamon.encoder.passes");
        double tails = count(registry, "mediamon.encoder.tail.runs");
        double hits = count(registry, "mediamon.encoder.cache.hits");

        encoder.encode(text);
        encoder.finalStates(text);
        encoder.encode(text);

        assertThat(count(registry, "mediamon.encoder.passes")).isEqualTo(passes + 1);
        assertThat(count(registry, "mediamon.encoder.tail.runs")).isEqualTo(tails + 1);
        assertThat(count(registry, "mediamon.encoder.cache.hits")).isGreaterThanOrEqualTo(hits + 2);
    }

    private static double count(SimpleMeterRegistry registry, String name) {
        FunctionCounter counter = registry.find(name).functionCounter();
        assertThat(counter).as(name).isNotNull();
        return counter.count();
    }
}
