package io.mediamon.ingest.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids: a hash of the canonical URL when there is one, else of the normalised content,
 * so that a resend of the same article gets the same id (and the same partition).
 */
public final class ArticleIds {
    private static final int ID_BYTES = 12;

    private ArticleIds() {
    }

    public static String forUrl(String canonicalUrl) {
        return "u" + hash(canonicalUrl);
    }

    public static String forContent(String title, String body) {
        return "c" + hash(normalise(title) + "\n" + normalise(body));
    }

    /**
     * The canonical form of a URL: lower-case scheme and host, no default port, no fragment, no tracking
     * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), remaining parameters sorted, no trailing slash.
     * Returns null when the text is not an absolute http(s) URL.
     */
    public static String canonicalUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 && "http".equals(scheme) || port == 443
                    && "https".equals(scheme);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTracking(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return "https://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid");
    }

    /**
     * Lower case, every run of whitespace ({@code [ \t\n\x0B\f\r]}) as one space, trimmed: the same text as
     * {@code toLowerCase(ROOT).replaceAll("\\s+", " ").trim()}, without the regex, so ids stay as they were.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space) {
                if (!inSpace) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            inSpace = space;
        }
        return out.toString().trim();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
