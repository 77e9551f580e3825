package io.mediamon.ingest.validate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** Parses the publication date formats feeds and APIs actually send. */
public final class PublicationDates {
    private static final List<Function<String, Instant>> PARSERS = List.of(
            Instant::parse,
            text -> OffsetDateTime.parse(text).toInstant(),
            text -> ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
            text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
            text -> LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"))
                    .toInstant(ZoneOffset.UTC),
            text -> LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));

    private PublicationDates() {
    }

    /** The instant, or null when the text is in no known format. Times without a zone are taken as UTC. */
    public static Instant parse(String text) {
        String trimmed = text.trim();
        for (Function<String, Instant> parser : PARSERS) {
            try {
                return parser.apply(trimmed);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
