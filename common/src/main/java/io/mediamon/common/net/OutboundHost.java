package io.mediamon.common.net;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host and port of an outbound URL, read strictly: only http and https, a host that is a DNS name, a
 * canonical dotted-quad IPv4 address or a bracketed IPv6 literal. Numerically encoded hosts ({@code 2130706433},
 * {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 127.1}) are refused: resolvers read them as addresses, and they
 * exist mostly to slip past filters.
 *
 * @param host     lower-case host without brackets
 * @param port     explicit port or the scheme's default
 * @param literal  {@link Literal#NONE} for a DNS name, else the kind of address literal
 */
record OutboundHost(String scheme, String host, int port, Literal literal) {
    enum Literal { NONE, IPV4, IPV6 }

    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0[xX][0-9a-fA-F]*|[0-9]+)");
    private static final Pattern CANONICAL_OCTET = Pattern.compile("(0|[1-9][0-9]{0,2})");
    private static final Pattern DNS_NAME = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,62})(\\.[a-z0-9_]([a-z0-9_-]{0,62}))*\\.?");

    static OutboundHost parse(URI uri) throws BlockedTargetException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BlockedTargetException("only http and https URLs may be called, not '" + scheme + "'");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new BlockedTargetException("URL has no host");
        }
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
        String host;
        String portText = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new BlockedTargetException("malformed IPv6 literal");
            }
            host = hostPort.substring(1, close);
            String rest = hostPort.substring(close + 1);
            if (rest.startsWith(":")) {
                portText = rest.substring(1);
            } else if (!rest.isEmpty()) {
                throw new BlockedTargetException("malformed host");
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
            portText = colon >= 0 ? hostPort.substring(colon + 1) : null;
        }
        int port = scheme.equals("https") ? 443 : 80;
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw new BlockedTargetException("malformed port");
            }
            if (port < 1 || port > 65535) {
                throw new BlockedTargetException("port out of range");
            }
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new BlockedTargetException("URL has no host");
        }
        if (hostPort.startsWith("[")) {
            if (host.indexOf('%') >= 0) {
                throw new BlockedTargetException("IPv6 zone ids are not allowed");
            }
            if (!host.matches("[0-9a-f:.]+")) {
                throw new BlockedTargetException("malformed IPv6 literal");
            }
            return new OutboundHost(scheme, host, port, Literal.IPV6);
        }
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] labels = trimmed.split("\\.", -1);
        if (NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches()) {
            boolean canonical = labels.length == 4;
            for (String label : labels) {
                canonical &= CANONICAL_OCTET.matcher(label).matches() && Integer.parseInt(label) <= 255;
            }
            if (!canonical) {
                throw new BlockedTargetException("numerically encoded host '" + host
                        + "' (only dotted-quad IPv4 literals are accepted)");
            }
            return new OutboundHost(scheme, trimmed, port, Literal.IPV4);
        }
        if (!DNS_NAME.matcher(host).matches()) {
            throw new BlockedTargetException("malformed host name");
        }
        return new OutboundHost(scheme, host, port, Literal.NONE);
    }
}
