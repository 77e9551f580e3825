package io.mediamon.common.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Classifies IP addresses that an outbound request must not reach unless private targets are allowed:
 * loopback, private (RFC 1918, unique-local), link-local, shared, reserved and documentation ranges, and IPv6
 * forms that embed an IPv4 address. Unspecified and multicast addresses are never a valid target.
 */
final class AddressRanges {
    private AddressRanges() {
    }

    /** Why an address is never a target, even with private targets allowed; empty if it may be. */
    static Optional<String> never(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast address");
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            if ((b[0] & 0xff) == 0) {
                return Optional.of("\"this network\" address (0.0.0.0/8)");
            }
            if ((b[0] & 0xff) == 255 && (b[1] & 0xff) == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255) {
                return Optional.of("broadcast address");
            }
        }
        return Optional.empty();
    }

    /** Why an address is private or special (refused unless private targets are allowed); empty if public. */
    static Optional<String> nonPublic(InetAddress address) {
        Optional<String> never = never(address);
        if (never.isPresent()) {
            return never;
        }
        if (address instanceof Inet4Address) {
            return ipv4(address.getAddress());
        }
        if (address instanceof Inet6Address) {
            return ipv6(address.getAddress());
        }
        return Optional.of("unknown address family");
    }

    private static Optional<String> ipv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return Optional.of("\"this network\" address (0.0.0.0/8)");
        }
        if (a0 == 127) {
            return Optional.of("loopback address (127.0.0.0/8)");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("private address (RFC 1918)");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local address (169.254.0.0/16)");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("shared address space (100.64.0.0/10)");
        }
        if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
            return Optional.of("reserved address (192.0.0.0/24, 192.0.2.0/24)");
        }
        if ((a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return Optional.of("documentation address");
        }
        if (a0 == 198 && (a1 & 0xfe) == 18) {
            return Optional.of("benchmarking address (198.18.0.0/15)");
        }
        if (a0 >= 224) {
            return Optional.of("multicast or reserved address (224.0.0.0/3)");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return Optional.of("IPv4-mapped IPv6 address (::ffff:0:0/96)");
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0) {
            boolean loopback = b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] == 1;
            return Optional.of(loopback ? "loopback address (::1)" : "IPv4-compatible IPv6 address (::/96)");
        }
        int h0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int h1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if ((h0 & 0xfe00) == 0xfc00) {
            return Optional.of("unique-local address (fc00::/7)");
        }
        if ((h0 & 0xffc0) == 0xfe80) {
            return Optional.of("link-local address (fe80::/10)");
        }
        if ((h0 & 0xffc0) == 0xfec0) {
            return Optional.of("site-local address (fec0::/10)");
        }
        if (h0 == 0x2001 && h1 == 0x0db8) {
            return Optional.of("documentation address (2001:db8::/32)");
        }
        if (h0 == 0x0064 && h1 == 0xff9b) {
            return embedded(b, 12, "NAT64 address (64:ff9b::/96)");
        }
        if (h0 == 0x2002) {
            return embedded(b, 2, "6to4 address (2002::/16)");
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] b, int from, String kind) {
        byte[] v4 = {b[from], b[from + 1], b[from + 2], b[from + 3]};
        try {
            return nonPublic(InetAddress.getByAddress(v4)).map(reason -> kind + " embedding a " + reason);
        } catch (UnknownHostException e) {
            return Optional.of(kind);
        }
    }
}
