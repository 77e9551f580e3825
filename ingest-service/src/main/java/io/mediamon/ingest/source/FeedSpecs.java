package io.mediamon.ingest.source;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feed entries as written in {@code MEDIAMON_INGEST_FEEDS}: {@code URL}, {@code URL|Outlet name} or
 * {@code URL|Outlet name|interval}, comma-separated.
 */
public final class FeedSpecs {
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private FeedSpecs() {
    }

    public static FeedSpec parse(String entry, Duration defaultInterval, List<String> problems) {
        String[] parts = entry.split("\\|", -1);
        URI uri = feedUri(parts[0].strip());
        if (uri == null) {
            problems.add("MEDIAMON_INGEST_FEEDS: " + parts[0].strip() + " is not an http(s) URL");
            return null;
        }
        String outlet = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
        Duration interval = defaultInterval;
        if (parts.length > 2 && !parts[2].isBlank()) {
            interval = interval(parts[2].strip());
            if (interval == null) {
                problems.add("MEDIAMON_INGEST_FEEDS: interval '" + parts[2].strip() + "' of " + uri
                        + " is not a duration of at least 100ms");
                return null;
            }
        }
        return new FeedSpec(uri, outlet, interval);
    }

    /** Later entries for the same URL replace earlier ones (the environment can override an OPML entry). */
    public static List<FeedSpec> merge(List<FeedSpec> first, List<FeedSpec> second) {
        Map<URI, FeedSpec> byUrl = new LinkedHashMap<>();
        first.forEach(f -> byUrl.put(f.url(), f));
        second.forEach(f -> byUrl.put(f.url(), f));
        return new ArrayList<>(byUrl.values());
    }

    static URI feedUri(String text) {
        try {
            URI uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code 500ms}, {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d} or ISO-8601; null if not one, or under 100ms. */
    static Duration interval(String text) {
        Duration parsed;
        Matcher simple = SIMPLE_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (simple.matches()) {
            long n = Long.parseLong(simple.group(1));
            parsed = switch (simple.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                parsed = Duration.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return parsed.toMillis() < 100 ? null : parsed;
    }
}
