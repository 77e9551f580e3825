package io.mediamon.ingest.source;

import io.mediamon.common.event.Article;
import io.mediamon.ingest.http.SubmissionReader;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.publish.IngestPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watched drop folder: {@code .txt}, {@code .jsonl} and {@code .html} (or {@code .htm}) files that appear while
 * ingest runs are imported, then moved to {@code done/}, or to {@code failed/} next to a {@code NAME.reason.txt}
 * that says why. A file is taken only once its size and modification time have held still for one scan, so a
 * file still being written is not read half-way. If Kafka does not acknowledge, the file stays and is tried again.
 */
public final class DropFolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);
    /** Files larger than this go to failed/ unread. */
    public static final long MAX_FILE_BYTES = 64L << 20;

    private final Path directory;
    private final Path done;
    private final Path failed;
    private final IngestPipeline pipeline;
    private final SubmissionReader reader = new SubmissionReader();
    private final Map<Path, String> lastSeen = new HashMap<>();
    private ScheduledExecutorService scheduler;

    public DropFolder(Path directory, IngestPipeline pipeline) throws IOException {
        this.directory = directory;
        this.done = directory.resolve("done");
        this.failed = directory.resolve("failed");
        this.pipeline = pipeline;
        Files.createDirectories(done);
        Files.createDirectories(failed);
    }

    public void start(Duration interval) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "drop-folder");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::scanQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (IOException | RuntimeException e) {
            LOG.warn("drop folder {}: {}", directory, e.getMessage());
        }
    }

    /** One pass over the folder; returns the files it finished (moved to done/ or failed/). */
    public synchronized List<Path> scan() throws IOException {
        List<Path> candidates;
        try (Stream<Path> listing = Files.list(directory)) {
            candidates = listing.filter(Files::isRegularFile).filter(DropFolder::supported).sorted().toList();
        }
        List<Path> finished = new ArrayList<>();
        lastSeen.keySet().retainAll(candidates);
        for (Path file : candidates) {
            String signature = Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
            if (!signature.equals(lastSeen.put(file, signature))) {
                continue; // new or still changing: take it on the next scan
            }
            lastSeen.remove(file);
            if (importFile(file)) {
                finished.add(file);
            }
        }
        return finished;
    }

    private static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".html")
                || name.endsWith(".htm"));
    }

    /** True when the file was moved out (done or failed); false when it stays to be retried. */
    private boolean importFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (Files.size(file) > MAX_FILE_BYTES) {
            fail(file, "file has " + Files.size(file) + " bytes; the limit is " + MAX_FILE_BYTES);
            return true;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            fail(file, "file is not UTF-8 text");
            return true;
        }
        List<CompletableFuture<Article>> published = new ArrayList<>();
        List<CompletableFuture<?>> letters = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl")) {
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    String location = name + ":" + (i + 1);
                    SubmissionReader.Result read = reader.read(lines[i]);
                    if (read.rejection() != null) {
                        pipeline.unreadable("drop", read.rejection());
                        reasons.add("line " + (i + 1) + ": " + read.rejection().reason());
                        letters.add(pipeline.deadLetter("drop", location, lines[i], read.rejection().reason()));
                    } else {
                        submit(read.submission(), location, lines[i], published, letters, reasons);
                    }
                }
            }
        } else if (lower.endsWith(".txt")) {
            submit(FileSource.textArticle(text), name, text, published, letters, reasons);
        } else {
            submit(new ArticleSubmission(null, text, null, null, null, null, null), name,
                    text.length() > 4096 ? text.substring(0, 4096) : text, published, letters, reasons);
        }
        try {
            for (CompletableFuture<?> future : published) {
                future.get(60, TimeUnit.SECONDS);
            }
            for (CompletableFuture<?> future : letters) {
                future.get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("drop folder: Kafka did not acknowledge {}; it stays to be retried: {}", name, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (published.isEmpty()) {
            fail(file, reasons.isEmpty() ? "no article in the file" : String.join("\n", reasons));
        } else {
            Path target = done.resolve(name);
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            if (!reasons.isEmpty()) {
                Files.writeString(done.resolve(name + ".reason.txt"), published.size() + " accepted, "
                        + reasons.size() + " refused (also on the dead-letter topic):\n" + String.join("\n", reasons)
                        + "\n");
            }
        }
        return true;
    }

    private void submit(ArticleSubmission submission, String location, String payload,
                        List<CompletableFuture<Article>> published, List<CompletableFuture<?>> letters,
                        List<String> reasons) {
        IngestPipeline.Outcome outcome = pipeline.submit(submission, "drop");
        if (outcome.accepted()) {
            published.add(outcome.published());
        } else {
            String reason = outcome.validated().reasonText();
            reasons.add(location + ": " + reason);
            letters.add(pipeline.deadLetter("drop", location, payload, reason));
        }
    }

    private void fail(Path file, String reason) throws IOException {
        String name = file.getFileName().toString();
        Files.move(file, failed.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(failed.resolve(name + ".reason.txt"), reason + "\n");
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
