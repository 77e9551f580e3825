package io.mediamon.common.streams;

import org.apache.kafka.common.serialization.Serializer;

/**
 * Bounds a state entry in bytes, not only in entries. Call {@link #check} before putting a value into a
 * store: when its serialised form is over the bound it throws {@link StateSizeExceededException}, the store
 * keeps its previous value, and the Streams processing exception handler turns the record that caused it
 * into a dead letter with stage {@code state_size}; processing goes on with the next record.
 */
public final class StateSizeGuard<V> {
    private final String store;
    private final Serializer<V> serializer;
    private final int maxBytes;

    public StateSizeGuard(String store, Serializer<V> serializer, int maxBytes) {
        this.store = store;
        this.serializer = serializer;
        this.maxBytes = maxBytes;
    }

    /** Returns the serialised size; throws when it is over the bound. */
    public int check(String key, V value) {
        byte[] bytes = serializer.serialize(null, value);
        int size = bytes == null ? 0 : bytes.length;
        if (size > maxBytes) {
            throw new StateSizeExceededException("state entry " + store + "[" + DeadLetters.cut(key, 200) + "] would be "
                    + size + " bytes, over the bound of " + maxBytes + " bytes (MEDIAMON_STREAMS_MAX_STATE_BYTES)");
        }
        return size;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** A state entry would grow past its byte bound; the record that caused it is refused. */
    public static final class StateSizeExceededException extends RuntimeException {
        public StateSizeExceededException(String message) {
            super(message);
        }
    }
}
