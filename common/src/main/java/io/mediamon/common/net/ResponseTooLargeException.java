package io.mediamon.common.net;

import java.io.IOException;

/** A response body went past the client's cap; the rest was not read. */
public final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public ResponseTooLargeException(int limit) {
        super("response body larger than " + limit + " bytes");
    }
}
