package io.mediamon.ingest.source;

import io.mediamon.common.event.Article;
import io.mediamon.ingest.http.SubmissionReader;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.publish.IngestPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Imports a directory once: {@code .txt} files hold one article each (first non-blank line is the title, the
 * rest the body, as in {@code seeds/}); {@code .jsonl} files hold one JSON article a line; {@code .html} files are
 * whole pages. For a folder watched while ingest runs, see {@link DropFolder}. Refused items go
 * to the dead-letter topic with their file, line and reason.
 */
public final class FileSource {
    private final IngestPipeline pipeline;
    private final SubmissionReader reader = new SubmissionReader();

    public FileSource(IngestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public ImportReport importDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException(directory + " is not a directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl")
                            || p.toString().endsWith(".html"))
                    .sorted().toList();
        }
        List<CompletableFuture<Article>> published = new ArrayList<>();
        List<CompletableFuture<?>> deadLetters = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.toString().endsWith(".txt")) {
                submit(textArticle(text), file.getFileName().toString(), text, published, deadLetters);
            } else if (file.toString().endsWith(".html")) {
                submit(new ArticleSubmission(null, text, null, null, null, null, null), file.getFileName().toString(),
                        text.length() > 4096 ? text.substring(0, 4096) : text, published, deadLetters);
            } else {
                String[] lines = text.split("\r?\n");
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isBlank()) {
                        continue;
                    }
                    String location = file.getFileName() + ":" + (i + 1);
                    SubmissionReader.Result read = reader.read(lines[i]);
                    if (read.rejection() != null) {
                        pipeline.unreadable("file", read.rejection());
                        deadLetters.add(pipeline.deadLetter("file", location, lines[i], read.rejection().reason()));
                    } else {
                        submit(read.submission(), location, lines[i], published, deadLetters);
                    }
                }
            }
        }
        pipeline.flush();
        return new ImportReport(await(published), await(deadLetters).size());
    }

    private void submit(ArticleSubmission submission, String location, String payload,
                        List<CompletableFuture<Article>> published, List<CompletableFuture<?>> deadLetters) {
        IngestPipeline.Outcome outcome = pipeline.submit(submission, "file");
        if (outcome.accepted()) {
            published.add(outcome.published());
        } else {
            deadLetters.add(pipeline.deadLetter("file", location, payload, outcome.validated().reasonText()));
        }
    }

    /** The seeds' text format: the first non-blank line is the title (a leading markdown '#' is dropped). */
    public static ArticleSubmission textArticle(String text) {
        String[] lines = text.strip().split("\r?\n", 2);
        String title = lines[0].replaceFirst("^#+\\s*", "").strip();
        String body = lines.length > 1 ? lines[1].strip() : "";
        return new ArticleSubmission(title, body, null, null, null, null, null);
    }

    private static List<String> await(List<? extends CompletableFuture<?>> futures) throws IOException {
        List<String> out = new ArrayList<>();
        for (CompletableFuture<?> future : futures) {
            try {
                Object value = future.get();
                out.add(value instanceof Article article ? article.id() : String.valueOf(value));
            } catch (ExecutionException e) {
                throw new IOException("Kafka did not acknowledge an imported record: " + e.getCause().getMessage(),
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while importing", e);
            }
        }
        return out;
    }
}
