package io.mediamon.lab.nab;

import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.detect.DetectorParams;
import io.mediamon.alert.detect.DetectorState;
import io.mediamon.testkit.PoissonDraw;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;

/**
 * Evaluates {@link SpikeDetector} with {@link DetectorParams#defaults()} on synthetic hourly news-mention counts:
 * Poisson counts with daily and weekly seasonality at base rates from 0.5 to 10 per hour, with injected spikes of one
 * or two hours. A spike counts as found if an alert fires during it or in the hour after it; every other alert is
 * a false alarm. Prints precision, recall, F1 and false alarms per 1000 points, then one JSON line.
 */
public final class SparseSpikeEvaluation {

    static final double[] BASE_RATES = {0.5, 1.0, 2.0, 5.0, 10.0};
    static final int SEEDS_PER_RATE = 4;
    static final int HOURS = 24 * 7 * 10;
    static final int WARMUP_HOURS = 24 * 14;
    static final Instant START = Instant.parse("2025-01-06T00:00:00Z"); // a Monday

    /** Totals over every generated series. */
    public record Result(int spikes, int found, int alerts, int falseAlarms, long quietPoints) {
        public double precision() {
            return alerts == 0 ? 0.0 : (alerts - falseAlarms) / (double) alerts;
        }

        public double recall() {
            return spikes == 0 ? 0.0 : found / (double) spikes;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        public double falseAlarmsPer1000() {
            return quietPoints == 0 ? 0.0 : 1000.0 * falseAlarms / quietPoints;
        }

        Result plus(Result o) {
            return new Result(spikes + o.spikes, found + o.found, alerts + o.alerts, falseAlarms + o.falseAlarms,
                    quietPoints + o.quietPoints);
        }
    }

    /** One synthetic series: counts and a per-hour flag marking injected spike hours. */
    record Series(double[] counts, boolean[] spike, int spikes) {
    }

    private SparseSpikeEvaluation() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static Result run(PrintStream out) {
        return run(out, DetectorParams.defaults());
    }

    public static Result run(PrintStream out, DetectorParams params) {
        SpikeDetector detector = new SpikeDetector(params);
        Result total = new Result(0, 0, 0, 0, 0);
        out.println("base rate/h  spikes  found  alerts  false  precision  recall     F1  false/1000");
        for (double rate : BASE_RATES) {
            Result perRate = new Result(0, 0, 0, 0, 0);
            for (int seed = 0; seed < SEEDS_PER_RATE; seed++) {
                Series series = generate(rate, 1000L * seed + Math.round(rate * 10));
                perRate = perRate.plus(evaluate(detector, series));
            }
            out.printf(Locale.ROOT, "%11.1f  %6d  %5d  %6d  %5d  %9.3f  %6.3f  %5.3f  %10.2f%n", rate, perRate.spikes(),
                    perRate.found(), perRate.alerts(), perRate.falseAlarms(), perRate.precision(), perRate.recall(),
                    perRate.f1(), perRate.falseAlarmsPer1000());
            total = total.plus(perRate);
        }
        out.printf(Locale.ROOT, "%11s  %6d  %5d  %6d  %5d  %9.3f  %6.3f  %5.3f  %10.2f%n", "all", total.spikes(),
                total.found(), total.alerts(), total.falseAlarms(), total.precision(), total.recall(), total.f1(),
                total.falseAlarmsPer1000());
        out.printf(Locale.ROOT, "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"false_alarms_per_1000\": %.3f, "
                        + "\"spikes\": %d, \"alerts\": %d}%n", total.precision(), total.recall(), total.f1(),
                total.falseAlarmsPer1000(), total.spikes(), total.alerts());
        return total;
    }

    /** Runs the detector over one series, counting alerts after the warm-up. */
    static Result evaluate(SpikeDetector detector, Series series) {
        DetectorState state = detector.initial();
        int n = series.counts().length;
        boolean[] alert = new boolean[n];
        for (int h = 0; h < n; h++) {
            alert[h] = detector.observe(state, START.plusSeconds(3600L * h), series.counts()[h]).anomalous();
        }
        int found = 0;
        int alerts = 0;
        int falseAlarms = 0;
        long quiet = 0;
        for (int h = WARMUP_HOURS; h < n; h++) {
            boolean spikeNow = series.spike()[h];
            boolean afterSpike = h > 0 && series.spike()[h - 1];
            if (!spikeNow && !afterSpike) {
                quiet++;
            }
            if (alert[h]) {
                alerts++;
                if (!spikeNow && !afterSpike) {
                    falseAlarms++;
                }
            }
            boolean spikeStart = spikeNow && !series.spike()[h - 1];
            if (spikeStart) {
                int end = h;
                while (end + 1 < n && series.spike()[end + 1]) {
                    end++;
                }
                for (int k = h; k <= Math.min(end + 1, n - 1); k++) {
                    if (alert[k]) {
                        found++;
                        break;
                    }
                }
            }
        }
        return new Result(series.spikes(), found, alerts, falseAlarms, quiet);
    }

    /**
     * Poisson counts at {@code rate} per hour shaped by a daily cycle (quiet at night, peak mid-afternoon) and
     * quieter weekends. After the warm-up, a spike starts every 60 to 180 hours and lasts one or two hours, adding
     * Poisson(max(6, 3 x rate)) mentions per hour on top of the normal count.
     */
    static Series generate(double rate, long seed) {
        Random rnd = new Random(seed);
        double[] counts = new double[HOURS];
        boolean[] spike = new boolean[HOURS];
        int spikes = 0;
        int next = WARMUP_HOURS + 24 + rnd.nextInt(120);
        for (int h = 0; h < HOURS; h++) {
            int hourOfDay = h % 24;
            int dayOfWeek = (h / 24) % 7; // 0 = Monday
            double daily = 1.0 + 0.7 * Math.sin(2 * Math.PI * (hourOfDay - 9) / 24.0);
            double weekly = dayOfWeek >= 5 ? 0.6 : 1.0;
            double mean = rate * daily * weekly;
            if (h == next) {
                int length = 1 + rnd.nextInt(2);
                for (int k = 0; k < length && h + k < HOURS; k++) {
                    spike[h + k] = true;
                }
                spikes++;
                next = h + 60 + rnd.nextInt(121);
            }
            if (spike[h]) {
                mean += Math.max(6.0, 3.0 * rate);
            }
            counts[h] = PoissonDraw.sample(rnd, mean);
        }
        return new Series(counts, spike, spikes);
    }
}
