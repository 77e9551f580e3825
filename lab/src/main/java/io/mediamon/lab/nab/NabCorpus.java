package io.mediamon.lab.nab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The NAB files of a data directory, read once, with their labelled windows as row ranges (empty without a windows
 * file), so that the same corpus can be scored many times (robustness grid).
 */
public record NabCorpus(List<Entry> entries, boolean labelled) {

    /** One file: {@code category/name}, its series and its windows as inclusive row ranges. */
    public record Entry(String category, String name, NabSeries series, List<int[]> windows) {
        public String key() {
            return category + "/" + name;
        }
    }

    /**
     * @param dataDir     either a NAB data root holding {@code CATEGORY/NAME.csv} files, or one category directory
     * @param windowsFile NAB windows JSON, or null
     */
    public static NabCorpus load(Path dataDir, Path windowsFile) throws IOException {
        NabWindows windows = windowsFile == null ? null : NabWindows.read(windowsFile);
        List<Entry> entries = new ArrayList<>();
        for (Path csv : dataFiles(dataDir)) {
            String category = csv.toAbsolutePath().getParent().getFileName().toString();
            String name = csv.getFileName().toString();
            NabSeries series = NabSeries.read(category + "/" + name, csv);
            List<int[]> rows = windows == null ? List.of()
                    : NabWindows.toRows(windows.forKey(category + "/" + name), series.times());
            entries.add(new Entry(category, name, series, rows));
        }
        return new NabCorpus(List.copyOf(entries), windows != null);
    }

    public long records() {
        return entries.stream().mapToLong(e -> e.series().size()).sum();
    }

    /** Category names in file order, each once. */
    public List<String> categories() {
        return entries.stream().map(Entry::category).distinct().toList();
    }

    /** The CSV files to score, sorted: {@code dataDir/*.csv} if any, else {@code dataDir/CATEGORY/*.csv}. */
    static List<Path> dataFiles(Path dataDir) throws IOException {
        List<Path> direct = csvIn(dataDir);
        if (!direct.isEmpty()) {
            return direct;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dataDir)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                all.addAll(csvIn(d));
            }
        }
        return all;
    }

    private static List<Path> csvIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".csv"))
                    .sorted().toList();
        }
    }
}
