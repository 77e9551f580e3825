package io.mediamon.launcher.replay;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mediamon sample-month}: writes a past month to backfill, with one burst, as NDJSON. */
@Command(name = "sample-month", mixinStandardHelpOptions = true,
        description = "Write the seeds plus a generated month (a sparse hourly baseline about one entity and a burst"
                + " of stories in one hour) as NDJSON, oldest first, for ./mediamon replay. Prints the burst hour.")
public final class SampleMonthCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
            description = "Output file, or - for standard output. Default: ${DEFAULT-VALUE}.")
    String out;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Seed articles to date inside the burst hour; skipped when the directory is absent.")
    Path seeds;

    @Option(names = "--entity", defaultValue = "TikTok", description = "Entity the coverage is about.")
    String entity;

    @Option(names = "--days", defaultValue = "30", description = "Length of the month in days.")
    int days;

    @Option(names = "--per-hour", defaultValue = "0.5", description = "Mean baseline articles per hour.")
    double perHour;

    @Option(names = "--burst", defaultValue = "25", description = "Articles in the burst hour.")
    int burst;

    @Option(names = "--burst-hour", paramLabel = "ISO", description = "Start of the burst hour (default: ten days"
            + " before the end, 14:00 UTC).")
    Instant burstHour;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (same seed, same articles and ids).")
    long seed;

    @Override
    public Integer call() throws Exception {
        MonthSample month = MonthSample.endingToday(entity, days, perHour, burst, seed);
        if (burstHour != null) {
            month = new MonthSample(month.end(), days, perHour, entity, burst, burstHour, seed);
        }
        Path seedDir = Files.isDirectory(seeds) ? seeds : null;
        int written;
        if ("-".equals(out)) {
            written = month.write(seedDir, System.out);
        } else {
            try (OutputStream file = Files.newOutputStream(Path.of(out))) {
                written = month.write(seedDir, file);
            }
        }
        System.err.printf("wrote %d articles from %s to %s; burst of %d about %s in the hour from %s%n", written,
                month.end().minus(java.time.Duration.ofDays(days)), month.end(), burst, entity, month.burstHour());
        return 0;
    }
}
