package io.mediamon.alert.query;

/** A query parameter that is missing, malformed or out of range; answered with 400 and the reason. */
final class BadRequest extends Exception {
    BadRequest(String reason) {
        super(reason);
    }
}
