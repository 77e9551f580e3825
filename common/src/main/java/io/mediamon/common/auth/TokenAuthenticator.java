package io.mediamon.common.auth;

import io.mediamon.common.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks bearer tokens against their scopes. Tokens come from {@code MEDIAMON_INGEST_TOKEN},
 * {@code MEDIAMON_ADMIN_TOKEN} and {@code MEDIAMON_READ_TOKEN} (each a comma-separated list, for rotation)
 * or from the file named by {@code MEDIAMON_TOKENS_FILE} (lines of {@code scope token}; {@code #} starts a
 * comment). Only the SHA-256 of each token is kept in memory. With no token configured at all the
 * authenticator is open: every call is allowed (development mode, for loopback only).
 */
public final class TokenAuthenticator {
    public static final String TOKENS_FILE_VARIABLE = "MEDIAMON_TOKENS_FILE";
    /** Tokens shorter than this are refused at start-up: they are guessable. */
    public static final int MIN_TOKEN_CHARS = 16;

    private final Map<String, Set<Scope>> scopesByHash;

    private TokenAuthenticator(Map<String, Set<Scope>> scopesByHash) {
        this.scopesByHash = Map.copyOf(scopesByHash);
    }

    /** No tokens: every call allowed. */
    public static TokenAuthenticator open() {
        return new TokenAuthenticator(Map.of());
    }

    /** Reads the token variables and the tokens file; problems are recorded in {@code settings}. */
    public static TokenAuthenticator from(Settings settings) {
        Map<String, Set<Scope>> hashes = new HashMap<>();
        for (Scope scope : Scope.values()) {
            for (String token : settings.list(scope.variable(), List.of())) {
                add(settings, hashes, scope, token, scope.variable());
            }
        }
        String file = settings.string(TOKENS_FILE_VARIABLE, null);
        if (file != null) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\\s+");
                    String where = TOKENS_FILE_VARIABLE + " line " + (i + 1);
                    if (parts.length != 2) {
                        settings.problem(where + ": expected 'scope token'");
                        continue;
                    }
                    try {
                        add(settings, hashes, Scope.parse(parts[0]), parts[1], where);
                    } catch (IllegalArgumentException e) {
                        settings.problem(where + ": unknown scope '" + parts[0] + "' (ingest, admin or read)");
                    }
                }
            } catch (IOException e) {
                settings.problem(TOKENS_FILE_VARIABLE + "=" + file + ": cannot read (" + e.getMessage() + ")");
            }
        }
        return new TokenAuthenticator(hashes);
    }

    /** An authenticator over the given scope → tokens map (for tests and embedding). */
    public static TokenAuthenticator of(Map<Scope, List<String>> tokens) {
        Map<String, Set<Scope>> hashes = new HashMap<>();
        tokens.forEach((scope, list) -> list.forEach(token ->
                hashes.computeIfAbsent(hash(token), h -> EnumSet.noneOf(Scope.class)).add(scope)));
        return new TokenAuthenticator(hashes);
    }

    private static void add(Settings settings, Map<String, Set<Scope>> hashes, Scope scope, String token,
                            String where) {
        if (token.length() < MIN_TOKEN_CHARS) {
            settings.problem(where + ": a token must have at least " + MIN_TOKEN_CHARS + " characters");
            return;
        }
        hashes.computeIfAbsent(hash(token), h -> EnumSet.noneOf(Scope.class)).add(scope);
    }

    /** True when no token is configured: development mode. */
    public boolean isOpen() {
        return scopesByHash.isEmpty();
    }

    /** True when some configured token grants {@code scope}. */
    public boolean hasTokenFor(Scope scope) {
        return scopesByHash.values().stream().anyMatch(scopes -> scopes.stream().anyMatch(s -> s.grants(scope)));
    }

    /** Decides one call from its {@code Authorization} header value (may be null). */
    public Decision authorize(String authorization, Scope required) {
        if (isOpen() || required == null) {
            return Decision.ALLOWED;
        }
        if (authorization == null || authorization.isBlank()) {
            return Decision.missing("a bearer token with scope " + required.label()
                    + " is required (Authorization: Bearer TOKEN)");
        }
        String value = authorization.strip();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Decision.missing("the Authorization header must be 'Bearer TOKEN'");
        }
        Set<Scope> scopes = scopesByHash.get(hash(value.substring(7).strip()));
        if (scopes == null) {
            return Decision.missing("the bearer token is not valid");
        }
        if (scopes.stream().noneMatch(scope -> scope.grants(required))) {
            return Decision.forbidden("the token does not grant scope " + required.label());
        }
        return Decision.ALLOWED;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The outcome of one check: status 0 means allowed, else 401 or 403 with the reason. */
    public record Decision(int status, String reason) {
        public static final Decision ALLOWED = new Decision(0, null);

        static Decision missing(String reason) {
            return new Decision(401, reason);
        }

        static Decision forbidden(String reason) {
            return new Decision(403, reason);
        }

        public boolean allowed() {
            return status == 0;
        }
    }
}
