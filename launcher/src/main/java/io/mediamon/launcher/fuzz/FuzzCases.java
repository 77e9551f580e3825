package io.mediamon.launcher.fuzz;

import io.mediamon.common.topic.TopicCatalogue;
import io.mediamon.launcher.fuzz.FuzzCase.Target;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Generates bad inputs, reproducibly from a seed: broken structure, oversize, bad encodings, impossible
 * dates and numbers, duplicate keys and header abuse to every HTTP entry point, and malformed records
 * straight to the raw, mentions and watchlist topics.
 */
final class FuzzCases {
    private static final String[] DATES = {"2026-02-30T00:00:00Z", "+999999999-01-01T00:00:00Z", "-0001-01-01",
        "9999999999999", "", " ", "yesterday", "2026-01-01T25:61:00Z", "2099-01-01T00:00:00Z",
        "1970-01-01T00:00:00Z", "Mon, 32 Foo 2026 99:99:99 GMT", "2026-06-01T10:00:00+25:00", "0000-00-00",
        "2026-06-01T10:00:00.123456789123Z", "\u0000", "2026-W01-1", "1e308"};
    private static final String[] NUMBERS = {"1e999", "-1e999", "NaN", "Infinity", "-0", "0.0000000000001e-400",
        "9".repeat(150), "1".repeat(40), "-9223372036854775809", "1.7976931348623157E309", "0x1F", "01", "+1",
        "1.", ".5"};
    private static final String[] IDS = {"", "%00", "..%2F..%2Fetc", "a".repeat(5_000), "%F0%9F%98%80", "%C3%28",
        "Q1?x=%ZZ", "Q1/extra/segments", "%20", "Q1%0D%0AX-Injected:%201", "Q" + "9".repeat(400), "%uD800"};

    private final SplittableRandom random;
    private final String fresh;
    private int counter;

    FuzzCases(long seed) {
        this.random = new SplittableRandom(seed);
        this.fresh = Long.toHexString(seed);
    }

    FuzzCase next() {
        counter++;
        int pick = random.nextInt(100);
        if (pick < 40) {
            return ingestSingle();
        }
        if (pick < 50) {
            return ingestBatch();
        }
        if (pick < 62) {
            return alertHttp();
        }
        if (pick < 67) {
            return otherHttp();
        }
        if (pick < 75) {
            return headerAbuse();
        }
        return kafkaRecord();
    }

    private FuzzCase ingestSingle() {
        String family;
        byte[] body;
        switch (random.nextInt(8)) {
            case 0 -> {
                family = "structure";
                body = utf8(structure());
            }
            case 1 -> {
                family = "size";
                body = utf8(size());
            }
            case 2 -> {
                family = "encoding";
                body = encoding();
            }
            case 3 -> {
                family = "dates";
                body = utf8(article("\"publishedAt\":" + quote(DATES[random.nextInt(DATES.length)])));
            }
            case 4 -> {
                family = "numbers";
                String number = NUMBERS[random.nextInt(NUMBERS.length)];
                String field = new String[] {"title", "body", "publishedAt", "outlet", "language"}[random.nextInt(5)];
                body = utf8("{\"title\":\"n " + counter + "\",\"body\":\"b\",\"" + field + "\":" + number + "}");
            }
            case 5 -> {
                family = "duplicate_keys";
                String key = new String[] {"title", "body", "url", "text"}[random.nextInt(4)];
                body = utf8("{\"title\":\"d " + counter + "\",\"body\":\"about China and TikTok\",\"" + key
                        + "\":\"again\"}");
            }
            case 6 -> {
                family = "types";
                body = utf8("{\"title\":" + jsonValue() + ",\"body\":" + jsonValue() + ",\"url\":" + jsonValue()
                        + "}");
            }
            default -> {
                family = "fields";
                body = utf8(article("\"url\":" + quote(new String[] {"javascript:alert(1)", "http://", "ftp://x/",
                    "http://[::1]:99999/", "h".repeat(10_000), "http://a b/", "//evil"}[random.nextInt(7)])
                        + ",\"language\":" + quote(new String[] {"xx-YY-ZZ", "", "e\u0000n", "EN",
                            "english".repeat(100)}[random.nextInt(5)])));
            }
        }
        return FuzzCase.http("ingest_" + family, Target.INGEST_HTTP, "POST", "/articles", body,
                "Content-Type", random.nextBoolean() ? "application/json" : "text/plain; charset=latin1");
    }

    private FuzzCase ingestBatch() {
        StringBuilder batch = new StringBuilder();
        int lines = random.nextInt(50) == 0 ? 10_001 : 1 + random.nextInt(20);
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(5)) {
                case 0 -> batch.append(structure());
                case 1 -> batch.append(article("\"publishedAt\":" + quote(DATES[random.nextInt(DATES.length)])));
                case 2 -> batch.append("{\"title\":\"x\",\"title\":\"y\"}");
                case 3 -> batch.append("   ");
                default -> batch.append(lines > 1000 ? "{}" : jsonValue());
            }
            batch.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return FuzzCase.http("batch", Target.INGEST_HTTP, "POST", "/articles/batch", utf8(batch.toString()),
                "Content-Type", "application/x-ndjson");
    }

    private FuzzCase alertHttp() {
        String id = IDS[random.nextInt(IDS.length)];
        return switch (random.nextInt(6)) {
            case 0 -> FuzzCase.http("watchlist_put", Target.ALERT_HTTP, "PUT", "/watchlist/" + id,
                    utf8(watchRule()), "Content-Type", "application/json");
            case 1 -> FuzzCase.http("watchlist_put_body", Target.ALERT_HTTP, "PUT", "/watchlist/fuzz-" + counter,
                    random.nextBoolean() ? utf8(watchRule()) : encoding(), "Content-Type", "application/json");
            case 2 -> FuzzCase.http("watchlist_delete", Target.ALERT_HTTP, "DELETE", "/watchlist/" + id, new byte[0]);
            case 3 -> FuzzCase.http("watchlist_get", Target.ALERT_HTTP, "GET", "/watchlist/" + id, null);
            case 4 -> FuzzCase.http("watchlist_method", Target.ALERT_HTTP,
                    new String[] {"POST", "PATCH", "OPTIONS", "TRACE"}[random.nextInt(4)], "/watchlist",
                    utf8(structure()));
            default -> FuzzCase.http("alerts_recent", Target.ALERT_HTTP, "GET", "/alerts/recent?limit="
                    + new String[] {"-1", "99999999999", "abc", "%00", "1e9"}[random.nextInt(5)], null);
        };
    }

    private FuzzCase otherHttp() {
        Target target = random.nextBoolean() ? Target.ANALYSIS_HTTP : Target.INGEST_HTTP;
        String path = new String[] {"/metrics", "/health/live", "/health/ready", "/health", "/nope", "/metrics/x",
            "/articles/batch/extra", "/" + "p".repeat(2_000)}[random.nextInt(8)];
        String method = new String[] {"GET", "POST", "PUT", "DELETE", "HEAD"}[random.nextInt(5)];
        return FuzzCase.http("paths", target, method, path, method.equals("GET") || method.equals("HEAD") ? null
                : utf8(structure()));
    }

    private FuzzCase headerAbuse() {
        String body = article("\"publishedAt\":\"2026-01-01T00:00:00Z\"");
        byte[] bodyBytes = utf8(body);
        StringBuilder head = new StringBuilder();
        String family;
        switch (random.nextInt(9)) {
            case 0 -> {
                family = "many_headers";
                head.append("POST /articles HTTP/1.1\r\nHost: x\r\n");
                for (int i = 0; i < 500; i++) {
                    head.append("X-H").append(i).append(": v\r\n");
                }
                head.append("Content-Length: ").append(bodyBytes.length).append("\r\n");
            }
            case 1 -> {
                family = "huge_header";
                head.append("POST /articles HTTP/1.1\r\nHost: x\r\nX-Big: ").append("h".repeat(200_000))
                        .append("\r\nContent-Length: ").append(bodyBytes.length).append("\r\n");
            }
            case 2 -> {
                family = "bad_content_length";
                head.append("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: ")
                        .append(new String[] {"abc", "-5", "99999999999999999999", "1, 2", ""}[random.nextInt(5)])
                        .append("\r\n");
            }
            case 3 -> {
                family = "two_content_lengths";
                head.append("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: ")
                        .append(bodyBytes.length).append("\r\n");
            }
            case 4 -> {
                family = "bad_chunked";
                head.append("POST /articles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .append(new String[] {"zz\r\n", "FFFFFFFFFFFF\r\nabc", "5\r\nab", "-1\r\n"}[random.nextInt(4)]);
                return FuzzCase.http("header_" + family, Target.RAW_SOCKET_INGEST, null, null,
                        utf8(head.toString()));
            }
            case 5 -> {
                family = "bad_request_line";
                return FuzzCase.http("header_" + family, Target.RAW_SOCKET_INGEST, null, null,
                        utf8(new String[] {"GARBAGE\r\n\r\n", "POST\r\n\r\n", "POST /articles HTTP/9.9\r\n\r\n",
                            "\u0000\u0001\u0002\r\n\r\n", "GET /" + "u".repeat(100_000) + " HTTP/1.1\r\n\r\n",
                            "POST /articles HTTP/1.1\r\nNo-Colon-Header\r\n\r\n"}[random.nextInt(6)]));
            }
            case 6 -> {
                family = "short_body";
                head.append("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: ").append(bodyBytes.length + 500)
                        .append("\r\n");
            }
            case 7 -> {
                family = "bad_auth";
                head.append("POST /articles HTTP/1.1\r\nHost: x\r\nAuthorization: ")
                        .append(new String[] {"Bearer", "Bearer " + "t".repeat(10_000), "Basic Og==", "Bearer \u00ff",
                            "bearer  "}[random.nextInt(5)]).append("\r\nContent-Length: ").append(bodyBytes.length)
                        .append("\r\n");
            }
            default -> {
                family = "header_injection";
                head.append("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\u0000\r\n")
                        .append("X-Folded: a\r\n continued\r\nContent-Length: ").append(bodyBytes.length).append("\r\n");
            }
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(bodyBytes);
        return FuzzCase.http("header_" + family, Target.RAW_SOCKET_INGEST, null, null, out.toByteArray());
    }

    private FuzzCase kafkaRecord() {
        int which = random.nextInt(10);
        String topic = which < 5 ? TopicCatalogue.ARTICLES_RAW : which < 8 ? TopicCatalogue.MENTIONS
                : TopicCatalogue.WATCHLIST;
        String key = random.nextInt(10) == 0 ? null : "fuzz-" + fresh + "-" + counter;
        if (topic.equals(TopicCatalogue.WATCHLIST) && key == null) {
            key = "fuzz-watch-" + counter;
        }
        byte[] value;
        switch (random.nextInt(7)) {
            case 0 -> value = utf8(structure());
            case 1 -> value = encoding();
            case 2 -> {
                value = new byte[random.nextInt(200)];
                random.nextBytes(value);
            }
            case 3 -> value = utf8(topic.equals(TopicCatalogue.MENTIONS) ? mention() : article("\"id\":"
                    + jsonValue()));
            case 4 -> value = topic.equals(TopicCatalogue.WATCHLIST) ? utf8(watchRule()) : utf8("{\"id\":\"" + key
                    + "\",\"title\":\"t\",\"body\":" + jsonValue() + ",\"ingestedAt\":"
                    + quote(DATES[random.nextInt(DATES.length)]) + "}");
            case 5 -> value = utf8("{\"id\":\"k\",\"id\":\"again\",\"entityId\":\"Q30\",\"entityId\":\"Q148\"}");
            default -> value = random.nextInt(3) == 0 ? null : utf8("[".repeat(1_000));
        }
        return FuzzCase.record("kafka_" + topic.replace('.', '_'), topic, key, value);
    }

    private String structure() {
        return switch (random.nextInt(12)) {
            case 0 -> "{\"title\":\"x\",\"body\":";
            case 1 -> "[]";
            case 2 -> "null";
            case 3 -> "\"just a string\"";
            case 4 -> "{\"title\":" + "[".repeat(65 + random.nextInt(5_000));
            case 5 -> "{" + "\"k\":{".repeat(200) + "}";
            case 6 -> "{\"title\":\"x\",\"body\":\"y\"} trailing";
            case 7 -> "{'title':'single quotes'}";
            case 8 -> "{\"title\":\"x\", /* comment */ \"body\":\"y\"}";
            case 9 -> {
                StringBuilder many = new StringBuilder("{");
                int keys = 1_000 + random.nextInt(20_000);
                for (int i = 0; i < keys; i++) {
                    many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
                }
                yield many.append("}").toString();
            }
            case 10 -> "{\"title\":NaN,\"body\":Infinity}";
            default -> "\u0000{\"title\":\"x\"}";
        };
    }

    private String size() {
        return switch (random.nextInt(6)) {
            case 0 -> "{\"title\":\"big\",\"body\":\"" + "b".repeat(1024 * 1024 + random.nextInt(1000)) + "\"}";
            case 1 -> "{\"title\":\"" + "t".repeat(300_000) + "\",\"body\":\"about TikTok\"}";
            case 2 -> "{\"title\":\"o\",\"body\":\"about TikTok\",\"outlet\":\"" + "o".repeat(900_000) + "\"}";
            case 3 -> "{\"title\":\"a\",\"body\":\"about TikTok\",\"author\":\"" + "a".repeat(100_000) + "\"}";
            case 4 -> "{\"title\":\"e\",\"body\":\"\"}";
            default -> "{\"title\":\"w\",\"body\":\"" + "word ".repeat(60_000) + "\"}";
        };
    }

    private byte[] encoding() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"title\":\"enc " + counter + "\",\"body\":\"China "));
        switch (random.nextInt(8)) {
            case 0 -> out.writeBytes(new byte[] {(byte) 0xC3, 0x28});
            case 1 -> out.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
            case 2 -> out.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
            case 3 -> out.writeBytes(utf8("\\uD800 lone high"));
            case 4 -> out.writeBytes(utf8("\\uDC00 lone low"));
            case 5 -> out.writeBytes(new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
            case 6 -> out.writeBytes(utf8("\\u0000 nul"));
            default -> out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        }
        out.writeBytes(utf8(" TikTok\"}"));
        if (random.nextInt(4) == 0) {
            return new String(out.toByteArray(), StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_16);
        }
        return out.toByteArray();
    }

    private String article(String extra) {
        return "{\"title\":\"fuzz " + fresh + " " + counter + "\",\"body\":\"A note about China and TikTok, "
                + counter + ".\"," + extra + "}";
    }

    private String mention() {
        return "{\"entityId\":" + new String[] {"null", "\"\"", "\"Q48938223\"", "\"Q30\"", "1"}[random.nextInt(5)]
                + ",\"articleId\":\"fuzz-" + counter + "\",\"eventTime\":"
                + quote(DATES[random.nextInt(DATES.length)]) + ",\"sentiment\":"
                + new String[] {"null", "{}", "{\"label\":\"furious\",\"score\":2}", "{\"score\":\"x\"}",
                    "{\"label\":\"negative\",\"score\":1e999}"}[random.nextInt(5)]
                + ",\"topics\":" + jsonValue() + "}";
    }

    private String watchRule() {
        return "{\"name\":" + jsonValue() + ",\"sensitivity\":" + NUMBERS[random.nextInt(NUMBERS.length)]
                + ",\"enabled\":" + new String[] {"true", "\"yes\"", "null", "1"}[random.nextInt(4)] + "}";
    }

    private String jsonValue() {
        return switch (random.nextInt(9)) {
            case 0 -> "null";
            case 1 -> "{}";
            case 2 -> "[1,2,3]";
            case 3 -> "12345678901234567890";
            case 4 -> "true";
            case 5 -> "\"\"";
            case 6 -> "\"" + "v".repeat(random.nextInt(3_000)) + "\"";
            case 7 -> "\"\\uD83D\"";
            default -> "\"ok " + counter + "\"";
        };
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
