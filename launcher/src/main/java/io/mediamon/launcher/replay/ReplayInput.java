package io.mediamon.launcher.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.source.FileSource;
import io.mediamon.ingest.validate.PublicationDates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads what to replay: an NDJSON file ({@code .jsonl}, {@code .ndjson}, {@code .json}), a directory of {@code .txt}
 * (first line the title, as in {@code seeds/}) and {@code .jsonl} files, or standard input as NDJSON. The items come
 * back sorted by publication time (oldest first, stable, undated last in input order), with a fingerprint of the
 * input so an interrupted replay resumes only on the same input.
 */
public final class ReplayInput {
    /** The most input one replay reads: it is held in memory to be sorted by event time. */
    public static final long MAX_INPUT_BYTES = 1L << 30;
    private static final String[] DATE_FIELDS = {"publishedAt", "published", "date", "pubDate"};

    private final List<ReplayItem> items;
    private final String fingerprint;

    private ReplayInput(List<ReplayItem> items, String fingerprint) {
        this.items = items;
        this.fingerprint = fingerprint;
    }

    public List<ReplayItem> items() {
        return items;
    }

    /** SHA-256 over the input's names and bytes, in hex. */
    public String fingerprint() {
        return fingerprint;
    }

    /** {@code "-"} reads standard input. */
    public static ReplayInput read(String source, InputStream stdin) throws IOException {
        Digest digest = new Digest();
        List<ReplayItem> items = new ArrayList<>();
        if ("-".equals(source)) {
            byte[] data = readCapped(stdin);
            digest.add("-", data);
            addLines("-", new String(data, StandardCharsets.UTF_8), items);
        } else {
            Path path = Path.of(source);
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> listing = Files.list(path)) {
                    files = listing.filter(Files::isRegularFile).filter(ReplayInput::replayable).sorted().toList();
                }
                if (files.isEmpty()) {
                    throw new IOException("no .txt or .jsonl files in " + path);
                }
                long total = 0;
                for (Path file : files) {
                    total += Files.size(file);
                    if (total > MAX_INPUT_BYTES) {
                        throw new IOException("input larger than " + MAX_INPUT_BYTES + " bytes: split it");
                    }
                    addFile(file, digest, items);
                }
            } else if (Files.isRegularFile(path)) {
                if (Files.size(path) > MAX_INPUT_BYTES) {
                    throw new IOException(path + " is larger than " + MAX_INPUT_BYTES + " bytes: split it");
                }
                addFile(path, digest, items);
            } else {
                throw new IOException(source + " is neither a file nor a directory (use - for standard input)");
            }
        }
        List<ReplayItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(ReplayItem::eventTime, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ReplayInput(List.copyOf(sorted), digest.hex());
    }

    private static boolean replayable(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static void addFile(Path file, Digest digest, List<ReplayItem> items) throws IOException {
        byte[] data = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        digest.add(name, data);
        String text = new String(data, StandardCharsets.UTF_8);
        if (name.endsWith(".txt")) {
            items.add(new ReplayItem(name, Json.mapper().writeValueAsString(FileSource.textArticle(text)), null));
        } else {
            addLines(name, text, items);
        }
    }

    private static void addLines(String name, String text, List<ReplayItem> items) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                items.add(new ReplayItem(name + ":" + (i + 1), line, eventTime(line)));
            }
        }
    }

    /** The publication time of an NDJSON article, or null when it has none or the line is not JSON. */
    static Instant eventTime(String line) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (IOException e) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String field : DATE_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual()) {
                return PublicationDates.parse(value.asText());
            }
        }
        return null;
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_INPUT_BYTES) {
                throw new IOException("standard input larger than " + MAX_INPUT_BYTES + " bytes: split it");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(String name, byte[] data) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Long.toString(data.length).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(data);
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
