package io.mediamon.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mediamon.common.event.Article;
import io.mediamon.common.runtime.HttpExchanges;
import io.mediamon.ingest.publish.IngestPipeline;
import io.mediamon.ingest.validate.Rejection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles} takes one JSON article; {@code POST /articles/batch} takes NDJSON, one article a line.
 * Every refused record gets a reason; an accepted one is acknowledged only once Kafka has it. Requests are
 * bounded: bytes per article request (and per NDJSON line), bytes and lines per batch, strict UTF-8.
 */
public final class ArticleHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleHandlers.class);
    private static final long PUBLISH_TIMEOUT_SECONDS = 30;

    private final IngestPipeline pipeline;
    private final SubmissionReader reader = new SubmissionReader();
    private final int maxArticleBytes;
    private final int maxBatchBytes;
    private final int maxBatchLines;

    public ArticleHandlers(IngestPipeline pipeline, int maxArticleBytes, int maxBatchBytes, int maxBatchLines) {
        this.pipeline = pipeline;
        this.maxArticleBytes = maxArticleBytes;
        this.maxBatchBytes = maxBatchBytes;
        this.maxBatchLines = maxBatchLines;
    }

    public HttpHandler single() {
        return exchange -> {
            String body = readPost(exchange, maxArticleBytes);
            if (body == null) {
                return;
            }
            SubmissionReader.Result read = reader.read(body);
            if (read.rejection() != null) {
                pipeline.unreadable("http", read.rejection());
                HttpExchanges.json(exchange, 400, rejected(null, List.of(read.rejection())));
                return;
            }
            IngestPipeline.Outcome outcome = pipeline.submit(read.submission(), "http");
            if (!outcome.accepted()) {
                HttpExchanges.json(exchange, 400, rejected(null, outcome.validated().rejections()));
                return;
            }
            try {
                Article article = outcome.published().get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                HttpExchanges.json(exchange, 202, accepted(null, article));
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("publish failed", e);
                HttpExchanges.error(exchange, 503, "Kafka did not acknowledge the article: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                HttpExchanges.error(exchange, 503, "interrupted");
            }
        };
    }

    public HttpHandler batch() {
        return exchange -> {
            String body = readPost(exchange, maxBatchBytes);
            if (body == null) {
                return;
            }
            String[] lines = body.split("\r?\n");
            if (lines.length > maxBatchLines) {
                pipeline.unreadable("ndjson", new Rejection("too_many_lines", "batch too long"));
                HttpExchanges.error(exchange, 413, "the batch has " + lines.length + " lines, more than the "
                        + maxBatchLines + " allowed (MEDIAMON_INGEST_MAX_BATCH_LINES); split it");
                return;
            }
            List<Map<String, Object>> results = new ArrayList<>();
            List<IngestPipeline.Outcome> pending = new ArrayList<>();
            List<Integer> pendingLines = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                int lineNumber = i + 1;
                if (lines[i].isBlank()) {
                    continue;
                }
                if (lines[i].length() > maxArticleBytes) {
                    Rejection tooLong = new Rejection("too_large", "line longer than " + maxArticleBytes
                            + " characters (MEDIAMON_INGEST_MAX_ARTICLE_BYTES)");
                    pipeline.unreadable("ndjson", tooLong);
                    results.add(rejected(lineNumber, List.of(tooLong)));
                    continue;
                }
                SubmissionReader.Result read = reader.read(lines[i]);
                if (read.rejection() != null) {
                    pipeline.unreadable("ndjson", read.rejection());
                    results.add(rejected(lineNumber, List.of(read.rejection())));
                    continue;
                }
                IngestPipeline.Outcome outcome = pipeline.submit(read.submission(), "ndjson");
                if (outcome.accepted()) {
                    pending.add(outcome);
                    pendingLines.add(lineNumber);
                } else {
                    results.add(rejected(lineNumber, outcome.validated().rejections()));
                }
            }
            int accepted = 0;
            for (int i = 0; i < pending.size(); i++) {
                try {
                    Article article = pending.get(i).published().get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    results.add(accepted(pendingLines.get(i), article));
                    accepted++;
                } catch (ExecutionException | TimeoutException e) {
                    results.add(rejected(pendingLines.get(i), List.of(new Rejection("kafka_unavailable",
                            "Kafka did not acknowledge the article: " + e.getMessage()))));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    HttpExchanges.error(exchange, 503, "interrupted");
                    return;
                }
            }
            results.sort((a, b) -> Integer.compare((Integer) a.get("line"), (Integer) b.get("line")));
            int rejectedCount = results.size() - accepted;
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("accepted", accepted);
            response.put("rejected", rejectedCount);
            response.put("results", results);
            int status;
            if (results.isEmpty()) {
                status = 400;
                response.put("error", "the body holds no NDJSON lines");
            } else if (rejectedCount == 0) {
                status = 202;
            } else {
                status = accepted == 0 ? 400 : 207;
            }
            HttpExchanges.json(exchange, status, response);
        };
    }

    /** Reads a POST body within the size limit; answers the client itself and returns null otherwise. */
    private String readPost(HttpExchange exchange, int maxRequestBytes) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            HttpExchanges.error(exchange, 405, "use POST");
            return null;
        }
        byte[] data = HttpExchanges.readBody(exchange, maxRequestBytes);
        if (data == null) {
            pipeline.unreadable("http", new Rejection("too_large", "request too large"));
            HttpExchanges.error(exchange, 413, "request body exceeds " + maxRequestBytes + " bytes");
            return null;
        }
        String[] problem = new String[1];
        String text = Utf8Text.decode(data, problem);
        if (text == null) {
            pipeline.unreadable("http", new Rejection("bad_encoding", "invalid UTF-8"));
            HttpExchanges.json(exchange, 400, rejected(null, List.of(new Rejection("bad_encoding", problem[0]))));
            return null;
        }
        if (data.length == 0) {
            pipeline.unreadable("http", new Rejection("empty", "empty body"));
            HttpExchanges.error(exchange, 400, "empty request body: send a JSON article");
            return null;
        }
        return text;
    }

    private static Map<String, Object> accepted(Integer line, Article article) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (line != null) {
            result.put("line", line);
        }
        result.put("status", "accepted");
        result.put("id", article.id());
        return result;
    }

    private static Map<String, Object> rejected(Integer line, List<Rejection> rejections) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (line != null) {
            result.put("line", line);
        }
        result.put("status", "rejected");
        result.put("errors", rejections);
        return result;
    }
}
