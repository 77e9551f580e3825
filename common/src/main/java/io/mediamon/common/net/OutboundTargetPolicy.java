package io.mediamon.common.net;

import io.mediamon.common.config.Settings;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which URLs a service may call. The host is resolved and every address it resolves to must be public:
 * loopback, link-local (169.254/16, fe80::/10), private (RFC 1918), unique-local (fc00::/7), IPv4-mapped and
 * other embedded or reserved addresses are refused, as are numerically encoded hosts, unspecified and multicast
 * addresses. {@code MEDIAMON_ALLOW_PRIVATE_TARGETS=true} opens private and loopback targets for tests and local
 * setups. A narrower opening, {@link #allowingEndpoint}, lets exactly one address and port through (a local test
 * receiver) while everything else stays refused.
 */
public final class OutboundTargetPolicy {
    public static final String ALLOW_PRIVATE_VARIABLE = "MEDIAMON_ALLOW_PRIVATE_TARGETS";

    /** Resolves a host name to its addresses; replaceable for tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Set<InetSocketAddress> allowedEndpoints;
    private final Resolver resolver;

    private OutboundTargetPolicy(boolean allowPrivate, Set<InetSocketAddress> allowedEndpoints, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowedEndpoints = Set.copyOf(allowedEndpoints);
        this.resolver = resolver;
    }

    /** Public targets only. */
    public static OutboundTargetPolicy publicOnly() {
        return new OutboundTargetPolicy(false, Set.of(), InetAddress::getAllByName);
    }

    /** Private and loopback targets allowed too (numeric encodings, unspecified and multicast stay refused). */
    public static OutboundTargetPolicy allowingPrivate() {
        return new OutboundTargetPolicy(true, Set.of(), InetAddress::getAllByName);
    }

    /** From {@code MEDIAMON_ALLOW_PRIVATE_TARGETS} (default false). */
    public static OutboundTargetPolicy from(Settings settings) {
        return settings.bool(ALLOW_PRIVATE_VARIABLE, false) ? allowingPrivate() : publicOnly();
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /** This policy, also letting exactly {@code endpoint} (address and port) through. */
    public OutboundTargetPolicy allowingEndpoint(InetSocketAddress endpoint) {
        if (endpoint.getAddress() == null) {
            throw new IllegalArgumentException("endpoint must be resolved: " + endpoint);
        }
        Set<InetSocketAddress> endpoints = new HashSet<>(allowedEndpoints);
        endpoints.add(new InetSocketAddress(endpoint.getAddress(), endpoint.getPort()));
        return new OutboundTargetPolicy(allowPrivate, endpoints, resolver);
    }

    /** This policy with another resolver (tests use it to simulate DNS answers). */
    public OutboundTargetPolicy withResolver(Resolver newResolver) {
        return new OutboundTargetPolicy(allowPrivate, allowedEndpoints, newResolver);
    }

    /**
     * Checks a URL and resolves its host. Every address the host resolves to must be allowed (a name with one
     * private answer among public ones is refused); the first is the one to connect to.
     *
     * @throws BlockedTargetException the URL or an address it resolves to is refused
     * @throws UnknownHostException   the host does not resolve
     */
    public CheckedTarget check(URI uri) throws BlockedTargetException, UnknownHostException {
        OutboundHost parsed;
        try {
            parsed = OutboundHost.parse(uri);
        } catch (BlockedTargetException e) {
            throw new BlockedTargetException("outbound target refused: " + e.getMessage());
        }
        InetAddress[] addresses;
        if (parsed.literal() == OutboundHost.Literal.NONE) {
            addresses = resolver.resolve(parsed.host());
        } else {
            InetAddress literal = InetAddress.getByName(parsed.literal() == OutboundHost.Literal.IPV6
                    ? "[" + parsed.host() + "]" : parsed.host());
            if (parsed.literal() == OutboundHost.Literal.IPV6 && literal instanceof Inet4Address) {
                // Java turns ::ffff:a.b.c.d into the IPv4 address; the literal was IPv4-mapped.
                throw refused(parsed, "IPv4-mapped IPv6 address (::ffff:0:0/96)");
            }
            addresses = new InetAddress[] {literal};
        }
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(parsed.host());
        }
        for (InetAddress address : addresses) {
            Optional<String> reason = refusal(address, parsed.port());
            if (reason.isPresent()) {
                throw refused(parsed, reason.get() + (parsed.literal() == OutboundHost.Literal.NONE
                        ? " (" + address.getHostAddress() + ")" : ""));
            }
        }
        return new CheckedTarget(uri, parsed.scheme(), parsed.host(), parsed.port(), addresses[0]);
    }

    /**
     * A check that needs no DNS, for start-up validation: the URL's form, and its address when the host is a
     * literal. Names are checked when they are called, since their answers can change.
     *
     * @return why the URL is refused, or empty
     */
    public Optional<String> precheck(URI uri) {
        try {
            OutboundHost parsed = OutboundHost.parse(uri);
            if (parsed.literal() != OutboundHost.Literal.NONE) {
                check(uri);
            }
        } catch (BlockedTargetException e) {
            return Optional.of(e.getMessage().startsWith("outbound target") ? e.getMessage()
                    : "outbound target refused: " + e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.of("malformed address literal");
        }
        return Optional.empty();
    }

    private Optional<String> refusal(InetAddress address, int port) {
        Optional<String> never = AddressRanges.never(address);
        if (never.isPresent()) {
            return never;
        }
        if (allowPrivate || allowedEndpoints.contains(new InetSocketAddress(address, port))) {
            return Optional.empty();
        }
        return AddressRanges.nonPublic(address);
    }

    private static BlockedTargetException refused(OutboundHost host, String reason) {
        return new BlockedTargetException("outbound target " + host.scheme() + "://" + host.host()
                + " refused: " + reason + "; set " + ALLOW_PRIVATE_VARIABLE + "=true to allow private targets");
    }
}
