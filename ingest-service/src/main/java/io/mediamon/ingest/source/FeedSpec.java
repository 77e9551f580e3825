package io.mediamon.ingest.source;

import java.net.URI;
import java.time.Duration;

/**
 * One feed to poll.
 *
 * @param url      the feed's http(s) URL
 * @param outlet   the configured outlet name for items that name none, may be null
 * @param interval how often to poll it
 */
public record FeedSpec(URI url, String outlet, Duration interval) {
}
