package io.mediamon.launcher.replay;

import io.mediamon.common.config.Settings;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.ingest.http.SubmissionReader;
import io.mediamon.ingest.validate.ArticleValidator;
import io.mediamon.ingest.validate.Validated;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends the items of a {@link ReplayInput} to ingest in event-time order, in batches, paced to a rate, saving
 * progress after each acknowledged batch so an interrupted run resumes where it stopped.
 */
public final class Replayer {
    private static final int MAX_REPORTED_REJECTIONS = 20;

    private final ReplayOptions options;
    private final ProgressBar bar;
    private final PrintStream err;
    private int reported;

    public Replayer(ReplayOptions options, ProgressBar bar, PrintStream err) {
        this.options = options;
        this.bar = bar;
        this.err = err;
    }

    public ReplaySummary run(ReplayInput input) throws IOException, InterruptedException {
        return options.dryRun() ? validate(input) : send(input);
    }

    private ReplaySummary send(ReplayInput input) throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<ReplayItem> items = input.items();
        int total = items.size();
        ReplayProgress progress = options.progressFile() == null ? null : new ReplayProgress(options.progressFile());
        int skipped = progress == null || options.restart() ? 0 : progress.done(input.fingerprint(), total);
        int end = options.max() > 0 ? Math.min(total, skipped + options.max()) : total;
        ReplaySender sender = new ReplaySender(options.ingest(), options.token(), 5, Duration.ofMillis(500));
        RatePacer pacer = new RatePacer(options.rate());
        Map<String, Integer> rejected = new HashMap<>();
        int accepted = 0;
        int done = skipped;
        String error = null;
        // Under a rate limit, batches of about a quarter second's worth keep the pace (and the bar) smooth.
        int batchSize = options.rate() > 0
                ? (int) Math.min(options.batch(), Math.max(1, Math.ceil(options.rate() / 4))) : options.batch();
        bar.update(0, end - skipped, true);
        while (done < end) {
            List<ReplayItem> batch = items.subList(done, Math.min(end, done + batchSize));
            pacer.awaitSlot(done - skipped);
            List<ReplaySender.LineResult> results;
            try {
                results = sender.send(batch.stream().map(ReplayItem::line).toList());
            } catch (IOException e) {
                error = e.getMessage();
                break;
            }
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).accepted()) {
                    accepted++;
                } else {
                    reject(rejected, results.get(i).code(), batch.get(i));
                }
            }
            done += batch.size();
            if (progress != null) {
                progress.save(input.fingerprint(), total, done);
            }
            bar.update(done - skipped, end - skipped, false);
        }
        bar.update(done - skipped, end - skipped, true);
        bar.finish();
        return new ReplaySummary(false, total, skipped, done - skipped, accepted, rejected, millisSince(started),
                done >= total, progress == null ? null : progress.file().toString(), error);
    }

    /** Checks every item with ingest's own reader and validator (this machine's MEDIAMON_INGEST_* limits). */
    private ReplaySummary validate(ReplayInput input) {
        long started = System.nanoTime();
        IngestConfig config = IngestConfig.load(Settings.from(System.getenv()), "localhost:9092");
        ArticleValidator validator = new ArticleValidator(config, Clock.systemUTC());
        SubmissionReader reader = new SubmissionReader();
        Map<String, Integer> rejected = new HashMap<>();
        int accepted = 0;
        List<ReplayItem> items = input.items();
        for (int i = 0; i < items.size(); i++) {
            ReplayItem item = items.get(i);
            SubmissionReader.Result read = reader.read(item.line());
            if (read.rejection() != null) {
                reject(rejected, read.rejection().code(), item);
            } else {
                Validated validated = validator.validate(read.submission(), "ndjson");
                if (validated.ok()) {
                    accepted++;
                } else {
                    reject(rejected, validated.rejections().get(0).code(), item);
                }
            }
            bar.update(i + 1, items.size(), false);
        }
        bar.update(items.size(), items.size(), true);
        bar.finish();
        return new ReplaySummary(true, items.size(), 0, items.size(), accepted, rejected, millisSince(started),
                false, null, null);
    }

    private void reject(Map<String, Integer> rejected, String code, ReplayItem item) {
        rejected.merge(code, 1, Integer::sum);
        if (reported++ < MAX_REPORTED_REJECTIONS) {
            err.println("rejected " + item.location() + ": " + code);
        } else if (reported == MAX_REPORTED_REJECTIONS + 1) {
            err.println("(further rejections are only counted)");
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
