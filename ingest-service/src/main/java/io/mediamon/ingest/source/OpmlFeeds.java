package io.mediamon.ingest.source;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an OPML subscription list: every {@code <outline xmlUrl=...>} at any depth is a feed. Its outlet name is
 * the outline's {@code title} (else {@code text}); an optional {@code interval} attribute ({@code 90s}, {@code 10m},
 * ISO-8601) sets its own polling interval.
 */
public final class OpmlFeeds {
    /** OPML files larger than this are refused: a subscription list is kilobytes. */
    public static final long MAX_BYTES = 4L << 20;

    private OpmlFeeds() {
    }

    /**
     * @param problems receives one readable line per unusable outline; the others are still returned
     */
    public static List<FeedSpec> read(Path file, Duration defaultInterval, List<String> problems) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is larger than " + MAX_BYTES + " bytes; it is not a subscription list");
        }
        Document opml = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
        if (opml.selectFirst("opml") == null) {
            throw new IOException(file + " is not an OPML document (no <opml> element)");
        }
        List<FeedSpec> feeds = new ArrayList<>();
        for (Element outline : opml.getElementsByTag("outline")) {
            String xmlUrl = outline.attr("xmlUrl").strip();
            if (xmlUrl.isEmpty()) {
                continue;
            }
            String name = !outline.attr("title").isBlank() ? outline.attr("title").strip()
                    : outline.attr("text").isBlank() ? null : outline.attr("text").strip();
            Duration interval = defaultInterval;
            if (!outline.attr("interval").isBlank()) {
                interval = FeedSpecs.interval(outline.attr("interval").strip());
                if (interval == null) {
                    problems.add("OPML outline " + xmlUrl + ": interval '" + outline.attr("interval")
                            + "' is not a duration of at least 100ms");
                    continue;
                }
            }
            URI uri = FeedSpecs.feedUri(xmlUrl);
            if (uri == null) {
                problems.add("OPML outline " + xmlUrl + " is not an http(s) URL");
                continue;
            }
            feeds.add(new FeedSpec(uri, name, interval));
        }
        return feeds;
    }
}
