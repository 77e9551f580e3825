package io.mediamon.launcher.extract;

import io.mediamon.common.serde.Json;
import io.mediamon.ingest.page.PageExtractor;
import io.mediamon.ingest.validate.PublicationDates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs ingest's page extraction and then analysis's boilerplate and promotion cleaning on every {@code .html} or
 * {@code .html.gz} under a path, exactly as an HTML submission goes through the pipeline, and writes
 * {@code {"NAME": {"articleBody", "headline", "publishedAt", "author"}}}. NAME is the file's path under PATH
 * without its extension, or its folder's name for {@code DIR/source.html}. Prints pages per CPU second on one
 * thread (the median of several timed passes) after a warm-up, next to the 100 pages/s target; with
 * {@code --expected}, token F1 against reference texts; with {@code --compare}, the same figures for stock
 * Readability4J in the same run, its passes alternating with mediamon's.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract and clean the main text of HTML pages; writes JSON and prints pages/s.")
public final class ExtractCommand implements Callable<Integer> {
    private static final double LIMIT_PAGES_PER_SECOND = 100.0;
    private static final long MAX_PAGE_BYTES = 32L << 20;

    @Parameters(index = "0", paramLabel = "PATH", description = "An .html/.html.gz file or a folder of them.")
    Path path;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the JSON (default: standard output).")
    Path out;

    @Option(names = "--no-clean", description = "Skip analysis's boilerplate and promotion cleaning.")
    boolean noClean;

    @Option(names = "--expected", paramLabel = "DIR",
            description = "Reference texts (NAME.html or NAME.txt): also prints token F1, precision and recall.")
    Path expected;

    @Option(names = "--compare", description = "Also run stock Readability4J on the same pages in this run and "
            + "print its speed (and scores) beside mediamon's.")
    boolean compare;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "5",
            description = "Timed passes over the pages after the warm-up; the median pass is the figure "
                    + "(default: ${DEFAULT-VALUE}).")
    int passes;

    @Override
    public Integer call() throws Exception {
        List<Path> pages = pages(path);
        if (pages.isEmpty()) {
            System.err.println("no .html or .html.gz files under " + path);
            return 2;
        }
        if (passes < 1) {
            System.err.println("--passes must be at least 1");
            return 2;
        }
        if (expected != null && !Files.isDirectory(expected)) {
            System.err.println("--expected " + expected + " is not a folder");
            return 2;
        }
        List<String> names = new ArrayList<>();
        List<String> html = new ArrayList<>();
        for (Path page : pages) {
            names.add(name(path, page));
            html.add(read(page));
        }
        Map<String, String> references = new TreeMap<>();
        if (expected != null) {
            for (String name : names) {
                String reference = TokenScore.reference(expected, name);
                if (reference != null) {
                    references.put(name, reference);
                }
            }
        }
        PageCleaner cleaner = noClean ? PageCleaner.NONE : PageCleaner.analysis();
        List<PageExtractor> extractors = compare ? List.of(new PageExtractor(), PageExtractor.stockReadability())
                : List.of(new PageExtractor());
        List<ExtractionRun> runs = ExtractionRun.measure(extractors, cleaner, names, html, references, passes);
        ExtractionRun run = runs.get(0);
        ExtractionRun stock = compare ? runs.get(1) : null;
        byte[] json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(run.results());
        if (out != null) {
            Files.write(out, json);
        } else {
            System.out.write(json);
            System.out.println();
        }
        System.err.println(run.describe("mediamon (Readability4J, single pass)", LIMIT_PAGES_PER_SECOND));
        if (stock != null) {
            System.err.println(stock.describe("stock Readability4J, same pages, same run", LIMIT_PAGES_PER_SECOND));
        }
        System.err.printf(Locale.ROOT, "{%s,\"limit_pages_per_second\":%.0f,\"cleaned\":%b%s}%n", run.json(),
                LIMIT_PAGES_PER_SECOND, !noClean, stock == null ? "" : ",\"stock\":{" + stock.json() + "}");
        return run.failed() == 0 ? 0 : 1;
    }

    static String normalisedDate(String text) {
        if (text == null) {
            return null;
        }
        Instant parsed = PublicationDates.parse(text);
        return parsed == null ? text : parsed.toString();
    }

    static List<Path> pages(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".html") || name.endsWith(".html.gz") || name.endsWith(".htm");
            }).sorted().toList();
        }
    }

    static String name(Path root, Path page) {
        String file = page.getFileName().toString();
        String stem = file.replaceFirst("(?i)\\.html?(\\.gz)?$", "");
        if (stem.equals("source") && page.getParent() != null) {
            return page.getParent().getFileName().toString();
        }
        Path relative = Files.isRegularFile(root) ? page.getFileName() : root.relativize(page);
        String withoutName = relative.getParent() == null ? "" : relative.getParent().toString() + "/";
        return withoutName + stem;
    }

    private static String read(Path page) throws IOException {
        if (Files.size(page) > MAX_PAGE_BYTES) {
            throw new IOException(page + " is larger than " + MAX_PAGE_BYTES + " bytes");
        }
        try (InputStream raw = Files.newInputStream(page);
             InputStream in = page.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw)
                     : raw) {
            return new String(in.readNBytes((int) MAX_PAGE_BYTES), StandardCharsets.UTF_8);
        }
    }
}
