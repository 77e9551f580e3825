package io.mediamon.common.runtime;

/** A named liveness or readiness probe; {@code detail} says why it is failing. */
public interface HealthCheck {
    Status check();

    record Status(boolean ok, String detail) {
        public static Status up(String detail) {
            return new Status(true, detail);
        }

        public static Status down(String detail) {
            return new Status(false, detail);
        }
    }
}
