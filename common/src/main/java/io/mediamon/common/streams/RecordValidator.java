package io.mediamon.common.streams;

/** Checks a decoded value; returns null when it is valid, else the reason it is not. */
@FunctionalInterface
public interface RecordValidator<V> {
    String problem(V value);
}
