package io.mediamon.common.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A URL that passed the {@link OutboundTargetPolicy}, with the address it resolved to. The connection must go to
 * exactly this address (the client pins it), so a second DNS answer cannot redirect it.
 */
public record CheckedTarget(URI uri, String scheme, String host, int port, InetAddress address) {
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, port);
    }
}
