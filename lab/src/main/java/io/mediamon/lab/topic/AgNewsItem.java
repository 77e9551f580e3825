package io.mediamon.lab.topic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One AG News item: class 1 World, 2 Sports, 3 Business, 4 Sci/Tech; title; description (backslashes, which stand
 * for line breaks in the original, become spaces).
 */
record AgNewsItem(int label, String title, String description) {

    static List<AgNewsItem> read(Path file) throws IOException {
        List<AgNewsItem> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() != 3) {
                throw new IllegalArgumentException(file + ":" + n + ": expected 3 quoted fields, got " + f.size());
            }
            out.add(new AgNewsItem(Integer.parseInt(f.get(0)), f.get(1).replace('\\', ' ').strip(),
                    f.get(2).replace('\\', ' ').strip()));
        }
        return out;
    }

    /** Splits a CSV line whose every field is quoted, with {@code ""} for a quote inside a field. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
