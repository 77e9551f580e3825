package io.mediamon.lab.entity;

import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.analysis.pipeline.ArticleAnalysis;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.pipeline.LiveWatchlist;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.topic.TopicRules;
import io.mediamon.common.event.EntityType;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.PartySource;
import io.mediamon.common.event.WatchRule;
import io.mediamon.lab.sentiment.PerSentEvaluator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often analysis finds an article's main person (PerSenT's {@code TARGET_ENTITY}) as a party: with no
 * configuration at all (the recognised names), and with the person added to the runtime watchlist as a user would
 * ({@code PUT /watchlist} with the name and type person, so the surname follows). A party counts as the person when
 * its name is the person's name, or contains it, or (recognised) when it ends with the person's surname.
 */
public final class MainPersonFound {
    /** Found counts per mode and what found the person when unconfigured. */
    public record Report(int articles, int foundUnconfigured, int foundWatched, Map<PartySource, Integer> foundBy) {
        public String toJsonLine() {
            return String.format(Locale.ROOT,
                    "{\"articles\":%d,\"found_unconfigured\":%d,\"found_unconfigured_rate\":%.4f,"
                            + "\"found_watched\":%d,\"found_watched_rate\":%.4f}",
                    articles, foundUnconfigured, foundUnconfigured / (double) Math.max(1, articles), foundWatched,
                    foundWatched / (double) Math.max(1, articles));
        }
    }

    private static final String WATCHED_ID = "persent-target";

    private MainPersonFound() {
    }

    public static Report evaluate(Path csv, TargetScorer scorer, PrintStream out) throws IOException {
        ArticleAnalyzer unconfigured = ArticleAnalyzer.withDefaults(scorer);
        LiveWatchlist watchlist = new LiveWatchlist(Gazetteer.defaults());
        ArticleAnalyzer watching = new ArticleAnalyzer(scorer, watchlist, TopicRules.defaults());
        int n = 0;
        int found = 0;
        int watchedFound = 0;
        Map<PartySource, Integer> by = new EnumMap<>(PartySource.class);
        for (PerSentEvaluator.Row row : PerSentEvaluator.read(csv)) {
            String person = row.target();
            String title = row.title() == null ? "" : row.title();
            String body = row.document() == null ? "" : row.document();
            if (person.isEmpty() || body.isBlank()) {
                continue;
            }
            n++;
            PartySentiment hit = match(unconfigured.analyze(title, body).parties(), person);
            if (hit != null) {
                found++;
                by.merge(hit.foundBy(), 1, Integer::sum);
            }
            watchlist.put(new WatchRule(WATCHED_ID, person, List.of(), EntityType.PERSON, null, null, 1.0, true,
                    null));
            ArticleAnalysis watched = watching.analyze(title, body);
            if (watched.parties().stream().anyMatch(p -> p.entityId().equals(WATCHED_ID))) {
                watchedFound++;
            }
        }
        Report report = new Report(n, found, watchedFound, by);
        out.printf(Locale.ROOT, "main person found, no configuration: %d/%d (%.1f%%) by %s%n", found, n,
                100.0 * found / Math.max(1, n), by);
        out.printf(Locale.ROOT, "main person found, added to the watchlist: %d/%d (%.1f%%)%n", watchedFound, n,
                100.0 * watchedFound / Math.max(1, n));
        out.println(report.toJsonLine());
        return report;
    }

    static PartySentiment match(List<PartySentiment> parties, String person) {
        String p = person.toLowerCase(Locale.ROOT);
        String surname = p.substring(p.lastIndexOf(' ') + 1);
        for (PartySentiment party : parties) {
            String name = party.name().toLowerCase(Locale.ROOT);
            if (name.equals(p) || name.contains(p) || p.contains(name) && name.contains(" ")
                    || party.foundBy() == PartySource.RECOGNISED && name.endsWith(" " + surname)) {
                return party;
            }
        }
        return null;
    }
}
