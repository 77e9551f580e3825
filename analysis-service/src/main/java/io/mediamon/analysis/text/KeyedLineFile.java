package io.mediamon.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The format the gazetteer and the topic rules share: one entry a line, blank lines and {@code #} comments
 * skipped, a later entry replacing an earlier one with the same key. Parse errors name the source and line.
 */
public final class KeyedLineFile {
    private KeyedLineFile() {
    }

    /** Entries read from {@code reader}, in file order; {@code parse} gets the line and its "source:line". */
    public static <T> Map<String, T> read(Reader reader, String source, BiFunction<String, String, T> parse,
                                   Function<T, String> key) throws IOException {
        Map<String, T> byKey = new LinkedHashMap<>();
        forEachEntryLine(reader, source, (line, where) -> {
            T entry = parse.apply(line, where);
            byKey.put(key.apply(entry), entry);
        });
        return byKey;
    }

    /**
     * Hands every entry line of {@code reader} (not blank, not a {@code #} comment), unstripped, to {@code entry}
     * with its "source:line", for files whose entries do not map one line to one key.
     */
    public static void forEachEntryLine(Reader reader, String source, BiConsumer<String, String> entry)
            throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            entry.accept(line, source + ":" + number);
        }
    }

    /** Entries of a classpath resource that must exist. */
    public static <T> Map<String, T> readResource(String resource, BiFunction<String, String, T> parse,
                                           Function<T, String> key) {
        InputStream in = KeyedLineFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, resource, parse, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
