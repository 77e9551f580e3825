package io.mediamon.launcher.replay;

import java.net.URI;
import java.nio.file.Path;

/**
 * How to replay.
 *
 * @param ingest       ingest-service base URL
 * @param token        bearer token with the {@code ingest} scope, or null
 * @param rate         articles per second at most; 0 for no limit
 * @param batch        articles per request
 * @param dryRun       validate locally with ingest's rules, send nothing
 * @param max          send at most this many in this run (the rest stays for a later, resumed run); 0 for all
 * @param progressFile where progress is kept; null for none
 * @param restart      ignore earlier progress and send everything again
 */
public record ReplayOptions(URI ingest, String token, double rate, int batch, boolean dryRun, int max,
                            Path progressFile, boolean restart) {
}
