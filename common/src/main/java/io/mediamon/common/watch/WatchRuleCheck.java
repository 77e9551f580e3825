package io.mediamon.common.watch;

import io.mediamon.common.event.WatchRule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a watch rule before anyone relies on it: the watchlist API answers 400 with the reason, and
 * analysis-service dead-letters a rule written straight to the topic that fails here.
 *
 * <p>An alias must be able to tell an article about the entity from any other: at least two letters, not a
 * stop word ("the", "new", "said"), at most {@value #MAX_ALIAS_CHARS} characters.
 */
public final class WatchRuleCheck {
    public static final int MAX_NAME_CHARS = 200;
    public static final int MAX_ALIAS_CHARS = 120;
    public static final int MAX_ALIASES = 50;
    public static final int MAX_QUERY_CHARS = 2_000;
    public static final int MAX_ID_CHARS = 200;

    private static final Set<String> STOP_WORDS = readStopWords();

    private WatchRuleCheck() {
    }

    /** The first problem with {@code rule}, or empty when it is usable. The query's syntax is checked elsewhere. */
    public static Optional<String> problem(WatchRule rule) {
        if (rule.entityId() == null || rule.entityId().isBlank() || rule.entityId().length() > MAX_ID_CHARS
                || rule.entityId().indexOf('/') >= 0) {
            return Optional.of("entity id must be 1 to " + MAX_ID_CHARS + " characters without '/'");
        }
        if (rule.name() == null || rule.name().isBlank()) {
            return Optional.of("name must not be empty");
        }
        if (rule.name().length() > MAX_NAME_CHARS) {
            return Optional.of("name is longer than " + MAX_NAME_CHARS + " characters");
        }
        if (rule.aliases().size() > MAX_ALIASES) {
            return Optional.of("at most " + MAX_ALIASES + " aliases");
        }
        if (!rule.isTopic()) {
            Optional<String> nameProblem = aliasProblem(rule.name());
            if (nameProblem.isPresent()) {
                return Optional.of("name " + nameProblem.get() + "; give a longer name, or a query");
            }
        }
        for (String alias : rule.aliases()) {
            Optional<String> p = alias == null ? Optional.of("must not be null") : aliasProblem(alias);
            if (p.isPresent()) {
                return Optional.of("alias '" + abbreviate(alias) + "' " + p.get());
            }
        }
        if (rule.query() != null && rule.query().length() > MAX_QUERY_CHARS) {
            return Optional.of("query is longer than " + MAX_QUERY_CHARS + " characters");
        }
        if (rule.affiliation() != null && rule.affiliation().length() > MAX_ID_CHARS) {
            return Optional.of("affiliation is longer than " + MAX_ID_CHARS + " characters");
        }
        if (!(rule.sensitivity() >= 0.1 && rule.sensitivity() <= 10)) {
            return Optional.of("sensitivity must be between 0.1 and 10 (1.0 is the default)");
        }
        return Optional.empty();
    }

    /** Why {@code alias} would match (nearly) everything, or empty when it is specific enough. */
    public static Optional<String> aliasProblem(String alias) {
        String a = alias.strip();
        if (a.length() > MAX_ALIAS_CHARS) {
            return Optional.of("is longer than " + MAX_ALIAS_CHARS + " characters");
        }
        int letters = 0;
        for (int i = 0; i < a.length(); i++) {
            if (Character.isLetterOrDigit(a.charAt(i))) {
                letters++;
            }
        }
        if (letters < 2) {
            return Optional.of("has fewer than two letters, so it would match nearly every article");
        }
        if (STOP_WORDS.contains(a.toLowerCase(Locale.ROOT))) {
            return Optional.of("is a common word, so it would match nearly every article");
        }
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static Set<String> readStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = WatchRuleCheck.class.getResourceAsStream("/watch/stop-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /watch/stop-words.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
