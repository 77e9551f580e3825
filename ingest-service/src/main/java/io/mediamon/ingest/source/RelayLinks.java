package io.mediamon.ingest.source;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Aggregator links (Google News, Bing News, feed proxies) that stand between a feed item and the publisher.
 * Their host is never the outlet; where the link carries the publisher's URL as a parameter it is recovered.
 */
final class RelayLinks {
    private static final Set<String> RELAY_HOSTS = Set.of("news.google.com", "news.url.google.com",
            "feedproxy.google.com", "feeds.feedburner.com", "www.bing.com", "bing.com", "r.search.yahoo.com",
            "flipboard.com", "www.msn.com", "apple.news", "l.facebook.com", "t.co");
    private static final Set<String> TARGET_PARAMETERS = Set.of("url", "u", "q", "target", "dest");

    private RelayLinks() {
    }

    static boolean isRelay(String link) {
        String host = host(link);
        return host != null && (RELAY_HOSTS.contains(host) || host.endsWith(".feedburner.com"));
    }

    /** The publisher URL a relay link carries as a parameter ({@code ?url=https://...}), or null. */
    static String target(String link) {
        try {
            String query = URI.create(link.strip()).getRawQuery();
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                if (parts.length == 2 && TARGET_PARAMETERS.contains(parts[0].toLowerCase(Locale.ROOT))) {
                    String value = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
                    if ((value.startsWith("http://") || value.startsWith("https://")) && !isRelay(value)) {
                        return value;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    static String host(String link) {
        if (link == null) {
            return null;
        }
        try {
            String host = URI.create(link.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
