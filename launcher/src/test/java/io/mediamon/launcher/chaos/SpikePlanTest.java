package io.mediamon.launcher.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.ingest.model.ArticleSubmission;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpikePlanTest {
    private static final Instant START = Instant.parse("2026-12-01T22:40:00Z");

    @Test
    void shouldSendTheBaselineOldestFirstAndBeforeTheHourOfTheStart() {
        SpikePlan plan = new SpikePlan(4, START, 7);
        List<ArticleSubmission> baseline = plan.baseline();
        assertThat(baseline).isNotEmpty();
        List<Instant> times = baseline.stream().map(a -> Instant.parse(a.publishedAt())).toList();
        assertThat(times).isSorted();
        assertThat(times.get(0)).isAfterOrEqualTo(START.minus(Duration.ofHours(SpikePlan.BASELINE_HOURS + 1)));
        assertThat(times.get(times.size() - 1)).isBefore(Instant.parse("2026-12-01T22:00:00Z"));
        Map<String, Integer> counts = SpikePlan.countByEntity(plan.spikes(), baseline);
        // about 1.5 an hour over 72 hours each
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(70, 150));
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(baseline.size());
    }

    @Test
    void shouldBurstInTheCurrentHourWithUniqueUrls() {
        SpikePlan plan = new SpikePlan(3, START, 7);
        Instant now = START.plus(Duration.ofMinutes(10));
        Set<String> urls = new HashSet<>();
        plan.baseline().forEach(a -> urls.add(a.url()));
        for (int k = 0; k < 3; k++) {
            List<ArticleSubmission> burst = plan.burst(k, now);
            assertThat(burst).hasSize(25).allSatisfy(a -> assertThat(Instant.parse(a.publishedAt()))
                    .isBetween(Instant.parse("2026-12-01T22:00:00Z"), now));
            String name = plan.spikes().get(k).name();
            assertThat(burst).allSatisfy(a -> assertThat(a.body()).contains(name));
            burst.forEach(a -> assertThat(urls.add(a.url())).as("unique url %s", a.url()).isTrue());
        }
    }

    @Test
    void shouldNameEverySpikeEntityInTheProbeAndDateItBeforeTheBaseline() {
        SpikePlan plan = new SpikePlan(5, START, 7);
        ArticleSubmission probe = plan.probe(3);
        plan.spikes().forEach(s -> assertThat(probe.body()).contains(s.name()));
        assertThat(Instant.parse(probe.publishedAt())).isBefore(START.minus(Duration.ofHours(SpikePlan.BASELINE_HOURS)));
        assertThat(plan.probe(4).url()).isNotEqualTo(probe.url());
    }
}
