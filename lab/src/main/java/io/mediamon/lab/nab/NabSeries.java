package io.mediamon.lab.nab;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One NAB data file: the raw timestamp strings (kept verbatim for the output file), the parsed instants (UTC) and
 * the values.
 */
public record NabSeries(String key, List<String> rawTimestamps, Instant[] times, double[] values) {

    private static final DateTimeFormatter NAB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

    public int size() {
        return values.length;
    }

    /** Parses a NAB timestamp such as {@code 2015-03-03 04:37:53} or {@code 2015-03-03 04:37:53.000000} as UTC. */
    public static Instant parseTime(String text) {
        return LocalDateTime.parse(text.trim(), NAB_TIME).toInstant(ZoneOffset.UTC);
    }

    /** Reads a {@code timestamp,value} CSV with a header line. */
    public static NabSeries read(String key, Path csv) throws IOException {
        List<String> stamps = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = in.readLine(); // header
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma < 0) {
                    throw new IOException("bad line in " + csv + ": " + line);
                }
                stamps.add(line.substring(0, comma).trim());
                vals.add(Double.parseDouble(line.substring(comma + 1).trim()));
            }
        }
        Instant[] times = new Instant[stamps.size()];
        double[] values = new double[stamps.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = parseTime(stamps.get(i));
            values[i] = vals.get(i);
        }
        return new NabSeries(key, List.copyOf(stamps), times, values);
    }
}
