package io.mediamon.lab.synthetic;

import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.testkit.PoissonDraw;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Generates distinct, realistic-looking news articles about one entity, for the demo's baseline and burst,
 * the benchmark and the integration tests. Each article draws its sentences at random from a pool and fills
 * in numbers and places, so no two are near-duplicates of each other; the same seed gives the same articles.
 */
public final class SyntheticArticles {
    private static final String[] TITLES = {
        "%s faces new questions over data practices",
        "Regulators weigh fresh rules as %s expands",
        "%s announces changes to its recommendation system",
        "Advertisers reassess budgets amid %s debate",
        "Lawmakers question %s executives at hearing",
        "%s growth slows in key markets, analysts say",
        "Investors watch %s negotiations closely",
        "%s launches programme for small businesses",
    };
    private static final String[] SENTENCES = {
        "%s said on %s that it would review how user data is stored in %s.",
        "Analysts at a %s research firm estimated that %s reaches about %d million people each month.",
        "A spokesperson for %s declined to comment on the report published in %s.",
        "The company behind %s has hired %d engineers in %s over the past year.",
        "Critics argue that %s has not done enough to address concerns raised in %s.",
        "Supporters of %s point to the %d small businesses that rely on the platform in %s.",
        "Officials in %s are expected to publish guidance about %s within %d weeks.",
        "Shares of companies that advertise on %s moved little on %s, traders in %s said.",
        "A survey of %d users found that most had heard about the dispute over %s, according to a group in %s.",
        "Executives at %s met with regulators in %s on %s to discuss the proposal.",
        "The review could take up to %d months, people familiar with %s said in %s.",
        "Consumer groups in %s welcomed the move by %s but asked for independent audits within %d days.",
        "Industry lawyers said the case involving %s could set a precedent in %s for %d other firms.",
        "%s reported that engagement rose %d percent in %s compared with a year earlier.",
        "Teachers in %s said students spend around %d minutes a day on %s.",
        "Smaller rivals hope to win users from %s, a consultant in %s said on %s.",
        "The dispute has been followed closely in %s, where %s employs %d people.",
        "Privacy advocates in %s said %s should publish how its algorithm ranks videos, citing %d complaints.",
        "%s said it had removed %d accounts in %s for breaking its rules.",
        "Economists in %s cautioned that the outcome for %s remains uncertain for at least %d quarters.",
        "Creators who earn money on %s organised a meeting in %s attended by %d people.",
        "Policy researchers in %s published a %d-page paper on %s and platform governance.",
        "An advertising agency in %s said clients had paused %d campaigns on %s pending clarity.",
        "The talks over %s resumed in %s on %s after a pause of %d days.",
    };
    private static final String[] PLACES = {
        "London", "Singapore", "Toronto", "Sydney", "Berlin", "Jakarta", "Dublin", "Austin", "Seoul", "Nairobi",
        "Madrid", "Mumbai", "Paris", "Tokyo", "Lagos", "Warsaw", "Lisbon", "Oslo", "Chicago", "Manila",
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private SyntheticArticles() {
    }

    /** {@code count} distinct articles about {@code entity}, each with the given publication time. */
    public static List<ArticleSubmission> about(String entity, List<Instant> times, long seed, String outletPrefix) {
        List<ArticleSubmission> out = new ArrayList<>(times.size());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < times.size(); i++) {
            String title = String.format(TITLES[random.nextInt(TITLES.length)], entity) + " (" + seed + "-" + i + ")";
            out.add(new ArticleSubmission(title, body(entity, 10 + random.nextInt(6), random), null,
                    outletPrefix + (1 + random.nextInt(12)) + ".example", null, "en",
                    times.get(i).toString()));
        }
        return out;
    }

    /** An article body of about {@code bytes} characters about {@code entity}. */
    public static String bodyOfSize(String entity, int bytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(bytes + 200);
        while (text.length() < bytes) {
            text.append(sentence(entity, random)).append(text.length() % 3 == 0 ? "\n\n" : " ");
        }
        return text.toString();
    }

    private static String body(String entity, int sentences, SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(sentence(entity, random)).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }

    private static String sentence(String entity, SplittableRandom random) {
        String template = SENTENCES[random.nextInt(SENTENCES.length)];
        List<Object> args = new ArrayList<>();
        int at = 0;
        while ((at = template.indexOf('%', at)) >= 0) {
            char kind = template.charAt(at + 1);
            if (kind == 'd') {
                args.add(2 + random.nextInt(480));
            } else {
                args.add(pickText(entity, args.size(), random));
            }
            at += 2;
        }
        return String.format(template, args.toArray());
    }

    private static String pickText(String entity, int position, SplittableRandom random) {
        int choice = random.nextInt(4);
        if (position == 0 || choice == 0) {
            return entity;
        }
        return choice == 1 ? DAYS[random.nextInt(DAYS.length)] : PLACES[random.nextInt(PLACES.length)];
    }

    /** Times of a steady, Poisson-like flow: {@code perHour} on average over the hours before {@code end}. */
    public static List<Instant> steadyFlow(Instant end, int hours, double perHour, long seed) {
        Random random = new Random(seed);
        List<Instant> times = new ArrayList<>();
        long hourMs = 3_600_000L;
        long endHour = Math.floorDiv(end.toEpochMilli(), hourMs) * hourMs;
        for (int h = hours; h >= 1; h--) {
            int n = PoissonDraw.sample(random, perHour);
            for (int i = 0; i < n; i++) {
                times.add(Instant.ofEpochMilli(endHour - h * hourMs + (long) (random.nextDouble() * hourMs)));
            }
        }
        times.sort(null);
        return times;
    }

    /** {@code count} times spread over the first minutes of the hour that holds {@code now}, before {@code now}. */
    public static List<Instant> burst(Instant now, int count) {
        long hourStart = Math.floorDiv(now.toEpochMilli(), 3_600_000L) * 3_600_000L;
        long span = Math.max(count, now.toEpochMilli() - hourStart);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(Instant.ofEpochMilli(hourStart + span * i / count));
        }
        return times;
    }
}
