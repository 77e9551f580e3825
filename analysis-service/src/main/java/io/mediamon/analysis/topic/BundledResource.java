package io.mediamon.analysis.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a file bundled with the topic stage from the classpath, failing clearly when it is missing or unreadable. */
final class BundledResource {

    /** Parses a bundled file's bytes. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    /** Parses a bundled text file (UTF-8). */
    @FunctionalInterface
    interface TextParser<T> {
        T parse(Reader reader) throws IOException;
    }

    private BundledResource() {
    }

    static <T> T read(String name, Parser<T> parser) {
        try (InputStream in = BundledResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " on the classpath");
            }
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static <T> T readText(String name, TextParser<T> parser) {
        return read(name, in -> parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
}
