package io.mediamon.launcher.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small file that lets an interrupted replay resume: the input's fingerprint and how many of its items (in
 * event-time order) ingest has acknowledged. It is written atomically after every acknowledged batch, so at most the
 * batch in flight is sent twice, and a resend keeps its stable id, which analysis drops as a duplicate.
 */
public final class ReplayProgress {
    private final Path file;

    public ReplayProgress(Path file) {
        this.file = file;
    }

    /** The default place: {@code DIR/<first 16 hex of the fingerprint>.json}. */
    public static ReplayProgress in(Path directory, String fingerprint) {
        return new ReplayProgress(directory.resolve(fingerprint.substring(0, 16) + ".json"));
    }

    public Path file() {
        return file;
    }

    /** Items already acknowledged for this input; 0 when there is no progress file or it is for other input. */
    public int done(String fingerprint, int total) throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("progress file " + file + " is unreadable (" + e.getMessage()
                    + "); delete it or pass --restart", e);
        }
        if (node == null || !fingerprint.equals(node.path("fingerprint").asText())) {
            return 0;
        }
        int done = node.path("done").asInt(0);
        return Math.max(0, Math.min(done, total));
    }

    public void save(String fingerprint, int total, int done) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fingerprint", fingerprint);
        body.put("total", total);
        body.put("done", done);
        body.put("complete", done >= total);
        body.put("updatedAt", Instant.now().toString());
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".replay-", ".tmp");
        Files.write(temp, Json.mapper().writeValueAsBytes(body));
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
