package io.mediamon.common.auth;

import java.util.Locale;

/** What a token may do. An admin token also grants read. */
public enum Scope {
    /** POST articles */
    INGEST,
    /** watchlist writes and any other administrative call */
    ADMIN,
    /** GET endpoints, SSE, /metrics */
    READ;

    /** True when a token holding this scope may call an endpoint that requires {@code required}. */
    public boolean grants(Scope required) {
        return this == required || this == ADMIN && required == READ;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The environment variable that holds this scope's tokens. */
    public String variable() {
        return "MEDIAMON_" + name() + "_TOKEN";
    }

    public static Scope parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
