package io.mediamon.alert.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The validated parameters of one query: the time range (ISO-8601 instants, default the last 7 days, capped), the
 * page ({@code limit}, {@code cursor}) and the endpoint's own parameters. Unknown parameters are refused, so a typo
 * does not silently give the default.
 */
record QueryParams(Instant from, Instant to, int limit, int offset, Map<String, String> raw) {
    static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final int MAX_QUERY_CHARS = 4096;
    private static final Set<String> COMMON = Set.of("from", "to", "limit", "cursor");

    static QueryParams parse(String rawQuery, Set<String> allowed, Duration maxRange, Clock clock) throws BadRequest {
        if (rawQuery != null && rawQuery.length() > MAX_QUERY_CHARS) {
            throw new BadRequest("query string longer than " + MAX_QUERY_CHARS + " characters");
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!COMMON.contains(name) && !allowed.contains(name)) {
                    throw new BadRequest("unknown parameter '" + name + "'; allowed: from, to, limit, cursor"
                            + (allowed.isEmpty() ? "" : ", " + String.join(", ", allowed)));
                }
                if (values.put(name, value) != null) {
                    throw new BadRequest("parameter '" + name + "' given twice");
                }
            }
        }
        Instant now = clock.instant();
        Instant to = instant(values.get("to"), "to", now);
        Instant from = instant(values.get("from"), "from", to.minus(DEFAULT_RANGE));
        if (!from.isBefore(to)) {
            throw new BadRequest("'from' must be before 'to'");
        }
        if (Duration.between(from, to).compareTo(maxRange) > 0) {
            throw new BadRequest("range longer than the " + maxRange.toDays() + " days of history kept; narrow from/to");
        }
        int limit = DEFAULT_LIMIT;
        if (values.containsKey("limit")) {
            try {
                limit = Integer.parseInt(values.get("limit"));
            } catch (NumberFormatException e) {
                throw new BadRequest("'limit' must be a whole number");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new BadRequest("'limit' must be between 1 and " + MAX_LIMIT);
            }
        }
        int offset = values.containsKey("cursor") ? decodeCursor(values.get("cursor")) : 0;
        return new QueryParams(from, to, limit, offset, values);
    }

    String get(String name) {
        return raw.get(name);
    }

    private static Instant instant(String value, String name, Instant fallback) throws BadRequest {
        if (value == null) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + name + "' must be an ISO-8601 instant such as 2026-12-01T10:00:00Z");
        }
    }

    private static String decode(String text) throws BadRequest {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("malformed percent-encoding in the query string");
        }
    }

    /** The cursor of the page that starts at {@code offset}. */
    static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeCursor(String cursor) throws BadRequest {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("o:")) {
                int offset = Integer.parseInt(text.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the reason below
        }
        throw new BadRequest("'cursor' is not one this API gave out");
    }
}
