package io.mediamon.ingest.validate;

/**
 * Why an input was refused.
 *
 * @param code   short, bounded reason code, used as a metric tag ({@code missing_title}, {@code bad_json}, ...)
 * @param reason readable explanation for the client
 */
public record Rejection(String code, String reason) {
}
