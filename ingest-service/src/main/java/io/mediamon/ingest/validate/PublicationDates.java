package io.mediamon.ingest.validate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication date formats feeds, pages and APIs actually send: ISO-8601 with or without offset
 * (also {@code +0100} without a colon), RFC 822/1123 with a numeric offset or a named zone (UT, GMT, EST, PDT,
 * ...; named North American zones have their fixed RFC 822 offsets), and plain dates.
 */
public final class PublicationDates {
    private static final Map<String, String> RFC822_ZONES = Map.ofEntries(Map.entry("UT", "+0000"),
            Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"), Map.entry("BST", "+0100"),
            Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"), Map.entry("JST", "+0900"));
    private static final Pattern TRAILING_ZONE = Pattern.compile("\\s([A-Za-z]{1,4})$");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)([+-]\\d{2})(\\d{2})$");
    private static final DateTimeFormatter RFC822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .optionalStart().appendPattern("EEE, ").optionalEnd()
            .appendPattern("d MMM ").appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 4, 1950)
            .appendPattern(" HH:mm[:ss] xx").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
    private static final List<Function<String, Instant>> PARSERS = List.of(
            Instant::parse,
            text -> OffsetDateTime.parse(text).toInstant(),
            text -> OffsetDateTime.parse(rfc822Zone(text), RFC822).toInstant(),
            text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
            text -> LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"))
                    .toInstant(ZoneOffset.UTC),
            text -> LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));

    private PublicationDates() {
    }

    /** The instant, or null when the text is in no known format. Times without a zone are taken as UTC. */
    public static Instant parse(String text) {
        String trimmed = text.trim().replaceAll("\\s+", " ");
        Matcher compact = COMPACT_OFFSET.matcher(trimmed);
        if (compact.find() && trimmed.matches("^\\d{4}-.*")) {
            trimmed = trimmed.substring(0, compact.start()) + compact.group(1) + compact.group(4) + ":"
                    + compact.group(5);
            trimmed = trimmed.replace(' ', 'T');
        }
        for (Function<String, Instant> parser : PARSERS) {
            try {
                return parser.apply(trimmed);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static String rfc822Zone(String text) {
        Matcher zone = TRAILING_ZONE.matcher(text);
        if (zone.find()) {
            String offset = RFC822_ZONES.get(zone.group(1).toUpperCase(Locale.ROOT));
            if (offset != null) {
                return text.substring(0, zone.start()) + " " + offset;
            }
        }
        return text;
    }
}
