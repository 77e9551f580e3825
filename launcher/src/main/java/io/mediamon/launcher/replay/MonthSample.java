package io.mediamon.launcher.replay;

import io.mediamon.common.serde.Json;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.source.FileSource;
import io.mediamon.lab.synthetic.SyntheticArticles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A past month to backfill, as NDJSON: a sparse hourly baseline of coverage of one entity, a burst of stories about
 * it in one hour, and the seed articles dated inside that burst hour. Replayed, it must raise the spike alert that
 * the month would have raised live, in the burst hour. The same arguments give the same articles and ids.
 *
 * @param end        end of the month (exclusive), on an hour boundary
 * @param burstHour  start of the hour that holds the burst
 */
public record MonthSample(Instant end, int days, double perHour, String entity, int burst, Instant burstHour,
                          long seed) {

    /** The month ending at the start of the current UTC day, with the burst ten days before its end, 14:00. */
    public static MonthSample endingToday(String entity, int days, double perHour, int burst, long seed) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
        return new MonthSample(end, days, perHour, entity, burst,
                end.minus(Duration.ofDays(Math.min(10, Math.max(1, days / 3)))).plus(Duration.ofHours(14)), seed);
    }

    public MonthSample {
        if (days < 2 || days > 366) {
            throw new IllegalArgumentException("days must be between 2 and 366");
        }
        if (!burstHour.isBefore(end) || burstHour.isBefore(end.minus(Duration.ofDays(days - 1)))) {
            throw new IllegalArgumentException("the burst must fall in the month after its first day");
        }
        burstHour = burstHour.truncatedTo(ChronoUnit.HOURS);
    }

    /** The articles, oldest first. {@code seeds} may be null for none. */
    public List<ArticleSubmission> articles(Path seeds) throws IOException {
        List<ArticleSubmission> out = new ArrayList<>(SyntheticArticles.about(entity,
                SyntheticArticles.steadyFlow(end, days * 24, perHour, seed), seed, "wire"));
        out.addAll(SyntheticArticles.about(entity,
                SyntheticArticles.burst(burstHour.plus(Duration.ofMinutes(50)), burst), seed + 1, "burst"));
        if (seeds != null) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(seeds)) {
                files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (int i = 0; i < files.size(); i++) {
                ArticleSubmission text = FileSource.textArticle(Files.readString(files.get(i), StandardCharsets.UTF_8));
                out.add(new ArticleSubmission(text.title(), text.body(), null, "seed" + i + ".example", null, "en",
                        burstHour.plus(Duration.ofMinutes(5L + 9L * i)).toString()));
            }
        }
        out.sort(Comparator.comparing(a -> Instant.parse(a.publishedAt())));
        return out;
    }

    /** Writes {@link #articles} as NDJSON and returns how many it wrote. */
    public int write(Path seeds, OutputStream out) throws IOException {
        List<ArticleSubmission> articles = articles(seeds);
        for (ArticleSubmission article : articles) {
            out.write(Json.mapper().writeValueAsBytes(article));
            out.write('\n');
        }
        out.flush();
        return articles.size();
    }
}
