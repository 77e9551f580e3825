package io.mediamon.common.streams;

import io.mediamon.common.event.DeadLetter;

/** Either a decoded, valid value or the dead letter that explains why it is not. */
public record Decoded<V>(V value, DeadLetter deadLetter) {
    public static <V> Decoded<V> ok(V value) {
        return new Decoded<>(value, null);
    }

    public static <V> Decoded<V> failed(DeadLetter deadLetter) {
        return new Decoded<>(null, deadLetter);
    }

    public boolean isOk() {
        return deadLetter == null;
    }
}
