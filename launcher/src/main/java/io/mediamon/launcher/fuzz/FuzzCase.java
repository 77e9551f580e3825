package io.mediamon.launcher.fuzz;

/**
 * One generated bad input: an HTTP request (method, path, headers as raw lines, body bytes) or a record for
 * an input topic (topic logical name, key, value bytes; null value is a tombstone).
 */
record FuzzCase(String family, Target target, String method, String path, String[] headers, byte[] body,
                String topic, String key) {

    enum Target { INGEST_HTTP, ALERT_HTTP, ANALYSIS_HTTP, RAW_SOCKET_INGEST, KAFKA }

    static FuzzCase http(String family, Target target, String method, String path, byte[] body, String... headers) {
        return new FuzzCase(family, target, method, path, headers, body, null, null);
    }

    static FuzzCase record(String family, String topic, String key, byte[] value) {
        return new FuzzCase(family, Target.KAFKA, null, null, new String[0], value, topic, key);
    }
}
