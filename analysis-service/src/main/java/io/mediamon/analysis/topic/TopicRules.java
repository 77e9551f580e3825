package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.KeyedLineFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads topic rules. Format, one rule a line, {@code #} starts a comment line:
 * <pre>id | IPTC code | label | min hits | query</pre>
 * e.g. {@code export-controls | medtop:04000000 | export controls | 1 | "export control*" OR (export* NEAR/3 (restrict* OR ban*))}.
 * A user file adds rules and replaces default rules with the same id.
 */
public final class TopicRules {
    public static final String DEFAULT_RESOURCE = "/nlp/topics.rules";

    private TopicRules() {
    }

    public static List<TopicRule> defaults() {
        return List.copyOf(readResource().values());
    }

    public static List<TopicRule> withUserFile(Path userFile) {
        Map<String, TopicRule> rules = readResource();
        try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            rules.putAll(read(reader, userFile.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic rules " + userFile, e);
        }
        return List.copyOf(rules.values());
    }

    /** The rules of a user file alone. */
    public static List<TopicRule> userFile(Path userFile) {
        try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            return List.copyOf(read(reader, userFile.toString()).values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic rules " + userFile, e);
        }
    }

    private static Map<String, TopicRule> readResource() {
        return KeyedLineFile.readResource(DEFAULT_RESOURCE, TopicRules::parseLine, TopicRule::id);
    }

    static Map<String, TopicRule> read(Reader reader, String source) throws IOException {
        return KeyedLineFile.read(reader, source, TopicRules::parseLine, TopicRule::id);
    }

    static TopicRule parseLine(String line, String where) {
        String[] cols = line.split("\\|", 5);
        if (cols.length != 5) {
            throw new IllegalArgumentException(where + ": expected 'id | IPTC code | label | min hits | query'");
        }
        try {
            int minHits = Integer.parseInt(cols[3].strip());
            return new TopicRule(cols[0].strip(), cols[1].strip(), cols[2].strip(), Math.max(1, minHits),
                    QueryParser.parse(cols[4].strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
