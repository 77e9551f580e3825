package io.mediamon.common.net;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces URLs to scheme and host for logs and dead letters: webhook and Slack URLs carry their secret in the path,
 * query or user info, so nothing beyond the host may be written down.
 */
public final class UrlRedaction {
    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*)://([^/\\s?#\"'<>]*)[^\\s\"'<>]*");

    private UrlRedaction() {
    }

    /** {@code https://hooks.slack.com/services/T0/B0/secret} becomes {@code https://hooks.slack.com}. */
    public static String url(URI uri) {
        if (uri == null) {
            return "null";
        }
        String scheme = uri.getScheme() == null ? "?" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme + "://" + hostOf(uri.getRawAuthority());
    }

    /** Every URL inside a text (an exception message, say) reduced to scheme and host. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = URL_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    matcher.group(1).toLowerCase(Locale.ROOT) + "://" + hostOf(matcher.group(2))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String hostOf(String authority) {
        if (authority == null) {
            return "";
        }
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close > 0 ? hostPort.substring(0, close + 1) : hostPort;
        }
        int colon = hostPort.indexOf(':');
        return (colon >= 0 ? hostPort.substring(0, colon) : hostPort).toLowerCase(Locale.ROOT);
    }
}
