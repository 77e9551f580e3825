package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.KeyedLineFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads described topics. One description a line, {@code #} starts a comment line:
 * <pre>id | IPTC code | label | description</pre>
 * Several lines with the same id give that topic several descriptions (code and label come from its first line).
 */
public final class DescribedTopics {
    /** The 17 IPTC top-level Media Topics, described for the zero-shot tagger. */
    public static final String IPTC_RESOURCE = "/topic/iptc-descriptions.txt";
    /** Hand-written example headlines ({@code id | headline}), used as further descriptions of the IPTC topics. */
    public static final String IPTC_EXAMPLES = "/topic/iptc-examples.txt";

    private DescribedTopics() {
    }

    /** The IPTC topics with their descriptions followed by their example headlines. */
    public static List<DescribedTopic> iptc() {
        List<DescribedTopic> described = readResource(IPTC_RESOURCE, false);
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (DescribedTopic t : readResource(IPTC_EXAMPLES, true)) {
            examples.put(t.id(), t.descriptions());
        }
        List<DescribedTopic> out = new ArrayList<>();
        for (DescribedTopic t : described) {
            List<String> all = new ArrayList<>(t.descriptions());
            all.addAll(examples.getOrDefault(t.id(), List.of()));
            out.add(new DescribedTopic(t.id(), t.iptcCode(), t.label(), all));
        }
        if (!described.stream().map(DescribedTopic::id).toList().containsAll(examples.keySet())) {
            throw new IllegalStateException(IPTC_EXAMPLES + " names a topic that " + IPTC_RESOURCE + " lacks");
        }
        return List.copyOf(out);
    }

    /** The written descriptions of the IPTC topics alone, without the example headlines. */
    public static List<DescribedTopic> iptcDescriptions() {
        return readResource(IPTC_RESOURCE, false);
    }

    private static List<DescribedTopic> readResource(String name, boolean idAndTextOnly) {
        return BundledResource.readText(name, reader -> read(reader, name, idAndTextOnly));
    }

    public static List<DescribedTopic> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic descriptions " + file, e);
        }
    }

    static List<DescribedTopic> read(Reader reader, String source, boolean idAndTextOnly) throws IOException {
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        KeyedLineFile.forEachEntryLine(reader, source, (line, where) -> {
            String s = line.strip();
            String[] cols = idAndTextOnly ? idAndText(s) : s.split("\\|", 4);
            if (cols.length != 4 || cols[0].isBlank() || cols[3].isBlank()) {
                throw new IllegalArgumentException(where + ": expected 'id | IPTC code | label | description'");
            }
            String id = cols[0].strip();
            heads.putIfAbsent(id, new String[] {cols[1].strip(), cols[2].strip()});
            texts.computeIfAbsent(id, k -> new ArrayList<>()).add(cols[3].strip());
        });
        List<DescribedTopic> out = new ArrayList<>();
        heads.forEach((id, head) -> out.add(new DescribedTopic(id, head[0], head[1], texts.get(id))));
        return List.copyOf(out);
    }

    private static String[] idAndText(String line) {
        String[] cols = line.split("\\|", 2);
        return cols.length == 2 ? new String[] {cols[0], "", "", cols[1]} : cols;
    }
}
