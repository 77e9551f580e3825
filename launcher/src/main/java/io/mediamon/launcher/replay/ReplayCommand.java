package io.mediamon.launcher.replay;

import io.mediamon.common.serde.Json;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mediamon replay PATH|-}: replay or backfill articles through ingest-service's HTTP API. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Send articles to ingest-service over HTTP in event-time order (oldest first), rate-limited,"
                + " resuming after an interruption without duplicates.",
            "PATH is an NDJSON file (.jsonl/.ndjson), a directory of .txt (first line the title) and .jsonl files,"
                + " or - for NDJSON on standard input. A progress bar is drawn when standard output is a terminal;"
                + " the last line is a JSON summary.",
            "Exit status: 0 done (rejections are counted in the summary), 1 stopped early (ingest unreachable;"
                + " run again to resume), 2 bad arguments; with --dry-run, 1 when any article is invalid."})
public final class ReplayCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH|-", description = "File, directory, or - for standard input.")
    String source;

    @Option(names = "--ingest", paramLabel = "URL",
            description = "ingest-service base URL (default: $MEDIAMON_INGEST_URL, else http://localhost:"
                    + "$MEDIAMON_INGEST_PORT or 8081).")
    URI ingest;

    @Option(names = "--rate", defaultValue = "200", paramLabel = "N",
            description = "At most N articles per second; 0 for no limit. Default: ${DEFAULT-VALUE}.")
    double rate;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
            description = "Articles per request (1-1000). Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--dry-run", description = "Validate every article with ingest's rules; send nothing.")
    boolean dryRun;

    @Option(names = "--max", defaultValue = "0", paramLabel = "N",
            description = "Send at most N articles in this run; a later run resumes after them. 0: all.")
    int max;

    @Option(names = "--progress-dir", defaultValue = ".mediamon/replay", paramLabel = "DIR",
            description = "Where resume points are kept, one small file per input. Default: ${DEFAULT-VALUE}.")
    Path progressDir;

    @Option(names = "--restart", description = "Ignore an earlier run's progress and send everything again.")
    boolean restart;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token with the ingest scope (default: $MEDIAMON_TOKEN).")
    String token;

    @Override
    public Integer call() throws Exception {
        if (batch < 1 || batch > 1000 || rate < 0 || max < 0) {
            System.err.println("--batch must be 1-1000, --rate and --max at least 0");
            return 2;
        }
        ReplayInput input = ReplayInput.read(source, System.in);
        ReplayOptions options = new ReplayOptions(ingest != null ? ingest : defaultIngest(),
                token != null ? token : System.getenv("MEDIAMON_TOKEN"), rate, batch, dryRun, max,
                ReplayProgress.in(progressDir, input.fingerprint()).file(), restart);
        ReplaySummary summary = new Replayer(options, new ProgressBar(System.out, ProgressBar.stdoutIsTerminal()),
                System.err).run(input);
        System.out.println(Json.mapper().writeValueAsString(summary.toJson()));
        if (summary.error() != null) {
            System.err.println("replay stopped: " + summary.error() + "; run the same command again to resume");
            return 1;
        }
        return dryRun && summary.accepted() < summary.total() ? 1 : 0;
    }

    private static URI defaultIngest() {
        String url = System.getenv("MEDIAMON_INGEST_URL");
        if (url != null && !url.isBlank()) {
            return URI.create(url.strip());
        }
        String port = System.getenv("MEDIAMON_INGEST_PORT");
        return URI.create("http://localhost:" + (port == null || port.isBlank() ? "8081" : port.strip()));
    }
}
