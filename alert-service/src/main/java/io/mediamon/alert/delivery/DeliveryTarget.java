package io.mediamon.alert.delivery;

import io.mediamon.common.event.AlertEvent;

/** One place alerts go to. {@link #attempt} makes one try and says whether to retry. */
interface DeliveryTarget {
    /** The outcome of one attempt. */
    record Outcome(Kind kind, String detail) {
        enum Kind { DELIVERED, RETRY, REJECTED }

        static Outcome delivered() {
            return new Outcome(Kind.DELIVERED, null);
        }

        static Outcome retry(String detail) {
            return new Outcome(Kind.RETRY, detail);
        }

        static Outcome rejected(String detail) {
            return new Outcome(Kind.REJECTED, detail);
        }
    }

    /** A stable id without secrets (a hash of the URL), used in the consumer group name. */
    String id();

    /** What logs and dead letters may show: kind plus scheme and host. */
    String label();

    /** The meter tag: webhook or slack. */
    String kind();

    Outcome attempt(AlertEvent event);

    /** The body a dead letter keeps for this target. */
    String payload(AlertEvent event);
}
