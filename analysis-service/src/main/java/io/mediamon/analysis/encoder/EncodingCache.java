package io.mediamon.analysis.encoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounded least-recently-used map from a text's 128-bit SHA-256 prefix to its encoding, so a sentence repeated by
 * syndicated copies is encoded once. Thread-safe.
 */
final class EncodingCache<V> {

    record Key(long hi, long lo) {
        static Key of(String text) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                long hi = 0;
                long lo = 0;
                for (int i = 0; i < 8; i++) {
                    hi = (hi << 8) | (d[i] & 0xff);
                    lo = (lo << 8) | (d[8 + i] & 0xff);
                }
                return new Key(hi, lo);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every JVM", e);
            }
        }
    }

    private final int capacity;
    private final Map<Key, V> map;
    private long hits;
    private long misses;

    EncodingCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > EncodingCache.this.capacity;
            }
        };
    }

    synchronized V get(Key key) {
        V s = capacity == 0 ? null : map.get(key);
        if (s == null) {
            misses++;
        } else {
            hits++;
        }
        return s;
    }

    /** Whether {@code key} is cached, without counting a hit or miss or refreshing its place. */
    synchronized boolean peek(Key key) {
        return capacity > 0 && map.containsKey(key);
    }

    synchronized void put(Key key, V states) {
        if (capacity > 0) {
            map.put(key, states);
        }
    }

    synchronized void clear() {
        map.clear();
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
