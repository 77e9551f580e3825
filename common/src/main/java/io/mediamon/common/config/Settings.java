package io.mediamon.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads typed settings from environment variables, overridden by an optional properties file named by
 * {@code MEDIAMON_CONFIG}. Each getter records problems instead of failing fast, so that
 * {@link #validate()} can report every bad setting at once.
 */
public final class Settings {
    public static final String CONFIG_FILE_VARIABLE = "MEDIAMON_CONFIG";

    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /** Settings from the process environment and, if {@code MEDIAMON_CONFIG} is set, that properties file. */
    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    /** Settings from a map of variables and, if it names one, a properties file whose entries win. */
    public static Settings from(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>(environment);
        Settings settings = new Settings(merged);
        String file = environment.get(CONFIG_FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
                properties.stringPropertyNames().forEach(name -> merged.put(name, properties.getProperty(name)));
            } catch (IOException e) {
                settings.problems.add(CONFIG_FILE_VARIABLE + "=" + file + ": cannot read properties file ("
                        + e.getMessage() + ")");
            }
        }
        return settings;
    }

    /** A copy of every raw value in force, for components that read their own keys. */
    public Map<String, String> raw() {
        return Map.copyOf(values);
    }

    public String string(String name, String defaultValue) {
        String value = values.get(name);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    public String required(String name) {
        String value = string(name, null);
        if (value == null) {
            problems.add(name + " is required but not set");
        }
        return value;
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String value = string(name, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                problems.add(name + "=" + value + " must be between " + min + " and " + max);
                return defaultValue;
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(name + "=" + value + " is not a whole number");
            return defaultValue;
        }
    }

    public double decimal(String name, double defaultValue, double min, double max) {
        String value = string(name, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed >= min && parsed <= max)) {
                problems.add(name + "=" + value + " must be between " + min + " and " + max);
                return defaultValue;
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(name + "=" + value + " is not a number");
            return defaultValue;
        }
    }

    public boolean bool(String name, boolean defaultValue) {
        String value = string(name, null);
        if (value == null) {
            return defaultValue;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on":
                return true;
            case "false", "no", "0", "off":
                return false;
            default:
                problems.add(name + "=" + value + " must be true or false");
                return defaultValue;
        }
    }

    /** A duration as ISO-8601 ({@code PT5M}) or a number with a unit suffix: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}. */
    public Duration duration(String name, Duration defaultValue) {
        String value = string(name, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            return parseDuration(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(name + "=" + value + " is not a duration (use 500ms, 30s, 5m, 1h or ISO-8601 like PT5M)");
            return defaultValue;
        }
    }

    static Duration parseDuration(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("p")) {
            return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
        }
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        long amount = Long.parseLong(v.substring(0, v.length() - 1));
        return switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("unknown unit");
        };
    }

    /** A comma-separated list; blanks dropped. */
    public List<String> list(String name, List<String> defaultValue) {
        String value = string(name, null);
        if (value == null) {
            return defaultValue;
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return List.copyOf(out);
    }

    /** Records a problem found by a caller's own cross-field check. */
    public void problem(String message) {
        problems.add(message);
    }

    /** Throws {@link ConfigException} listing every problem recorded so far. */
    public void validate() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
