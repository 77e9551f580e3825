package io.mediamon.alert.coverage;

import static io.mediamon.alert.coverage.AlertTestDriver.HOUR;
import static io.mediamon.alert.coverage.AlertTestDriver.MINUTE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.AlertStatus;
import io.mediamon.common.event.AlertType;
import io.mediamon.testkit.PoissonDraw;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's scenario (72 hours of Poisson coverage at 1.5 stories an hour, then 25 stories early in the current
 * hour, with the demo's one-day grace period) must alert for any draw of the baseline and at any minute of the hour,
 * whether the baseline arrives in event-time order or partition by partition, as a backfill through several
 * analysis partitions does.
 */
class DemoScenarioTest {
    private static final String TIKTOK = "Q48938223";
    private static final long START = 1_796_000_000_000L;

    @TempDir
    Path stateDir;

    @Test
    void shouldAlertOnTheDemosBurstForEveryBaselineDrawAndMinuteOfTheHour() {
        List<String> missed = new ArrayList<>();
        for (int draw = 0; draw < 24; draw++) {
            long now = START + draw * 48_947_514L;   // steps of 13 h 36 min: every part of the hour, any hour and day
            for (int partitions : new int[] {1, 4}) {
                if (!alerts(now, draw, partitions)) {
                    missed.add("draw " + draw + " at minute " + (now % HOUR) / MINUTE + ", " + partitions
                            + " partition(s)");
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    private boolean alerts(long now, int draw, int partitions) {
        Random random = new Random(now);
        long hourStart = Math.floorDiv(now, HOUR) * HOUR;
        List<Long> baseline = new ArrayList<>();
        for (int h = 72; h >= 1; h--) {
            int stories = PoissonDraw.sample(random, 1.5);
            List<Long> hour = new ArrayList<>();
            for (int i = 0; i < stories; i++) {
                hour.add(hourStart - h * HOUR + (long) (random.nextDouble() * HOUR));
            }
            hour.sort(null);
            baseline.addAll(hour);
        }
        List<Long> arrival = partitions == 1 ? baseline : throughPartitions(baseline, partitions, random);
        long span = Math.max(25, now - hourStart);
        try (AlertTestDriver d = new AlertTestDriver(stateDir.resolve(draw + "-" + partitions),
                Map.of("MEDIAMON_WATCHLIST", TIKTOK + ":TikTok", "MEDIAMON_ALERT_GRACE", "1d"))) {
            d.watch(TIKTOK, "TikTok", false, hourStart - 73 * HOUR);
            arrival.forEach(t -> d.mention(TIKTOK, t));
            for (int i = 0; i < 25; i++) {
                d.mention(TIKTOK, hourStart + span * i / 25);
            }
            List<AlertEvent> alerts = d.alerts.readValuesToList();
            // an alert opened by the burst, or (when the baseline drew an outlier hour within the cooldown) the
            // open alert updated by it
            return alerts.stream().map(AlertEvent::data).anyMatch(a -> a.type() == AlertType.SPIKE
                    && a.status() != AlertStatus.RESOLVED && a.windowStart().toEpochMilli() == hourStart);
        }
    }

    /**
     * The baseline as it reaches alert-service through several analysis partitions: each article lands on a random
     * partition, each partition works through its share in order at its own pace (within 10% of the others), and
     * the mentions arrive in the order the partitions finish them, hours out of event-time order.
     */
    private static List<Long> throughPartitions(List<Long> baseline, int partitions, Random random) {
        List<List<Long>> shares = new ArrayList<>();
        double[] pace = new double[partitions];
        for (int p = 0; p < partitions; p++) {
            shares.add(new ArrayList<>());
            pace[p] = 0.9 + 0.2 * random.nextDouble();
        }
        baseline.forEach(t -> shares.get(random.nextInt(partitions)).add(t));
        record Done(double at, long time) {
        }
        List<Done> done = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            List<Long> share = shares.get(p);
            for (int i = 0; i < share.size(); i++) {
                done.add(new Done((i + 1) / (share.size() * pace[p]), share.get(i)));
            }
        }
        done.sort(Comparator.comparingDouble(Done::at));
        return done.stream().map(Done::time).toList();
    }
}
