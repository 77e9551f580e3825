package io.mediamon.common.net;

import java.io.IOException;

/** An outbound URL (or one of its redirect hops) points at an address the {@link OutboundTargetPolicy} refuses. */
public final class BlockedTargetException extends IOException {
    private static final long serialVersionUID = 1L;

    public BlockedTargetException(String message) {
        super(message);
    }
}
