package io.mediamon.launcher.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.common.serde.Json;
import io.mediamon.ingest.page.ExtractedPage;
import io.mediamon.ingest.page.PageExtractor;
import io.mediamon.ingest.validate.PublicationDates;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * without its extension, or its folder's name for {@code DIR/source.html}. Prints pages/s on one thread, next to
 * the 100 pages/s limit.
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

    @Override
    public Integer call() throws Exception {
        List<Path> pages = pages(path);
        if (pages.isEmpty()) {
            System.err.println("no .html or .html.gz files under " + path);
            return 2;
        }
        List<String> names = new ArrayList<>();
        List<String> html = new ArrayList<>();
        for (Path page : pages) {
            names.add(name(path, page));
            html.add(read(page));
        }
        PageExtractor extractor = new PageExtractor();
        PageCleaner cleaner = noClean ? PageCleaner.NONE : PageCleaner.analysis();
        // warm up on a few pages so the figure measures the code, not the JIT
        for (int i = 0; i < Math.min(10, html.size()); i++) {
            cleaner.clean(extractor.extract(html.get(i), null));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        Map<String, ObjectNode> results = new TreeMap<>();
        int failed = 0;
        for (int i = 0; i < html.size(); i++) {
            ObjectNode node = Json.mapper().createObjectNode();
            try {
                ExtractedPage page = extractor.extract(html.get(i), null);
                node.put("articleBody", cleaner.clean(page));
                node.put("headline", page.headline());
                node.put("publishedAt", normalisedDate(page.publishedAt()));
                node.put("author", page.author());
            } catch (RuntimeException e) {
                failed++;
                node.put("articleBody", "");
                node.put("error", String.valueOf(e.getMessage()));
            }
            results.put(names.get(i), node);
        }
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        byte[] json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(results);
        if (out != null) {
            Files.write(out, json);
        } else {
            System.out.write(json);
            System.out.println();
        }
        double perSecond = pages.size() / wallSeconds;
        // on a shared machine the wall clock counts other processes' time too; thread CPU time is one core's work
        double perCpuSecond = pages.size() / cpuSeconds;
        System.err.printf(Locale.ROOT, "extracted %d pages in %.2f s on one thread (%.2f s CPU): %.1f pages/s, "
                        + "%.1f pages per CPU second (limit %.0f pages/s on one core: %s); %d failed%n", pages.size(),
                wallSeconds, cpuSeconds, perSecond, perCpuSecond, LIMIT_PAGES_PER_SECOND,
                perCpuSecond >= LIMIT_PAGES_PER_SECOND ? "met" : "NOT met", failed);
        System.err.printf(Locale.ROOT, "{\"pages\":%d,\"seconds\":%.3f,\"cpu_seconds\":%.3f,\"pages_per_second\":%.1f,"
                        + "\"pages_per_cpu_second\":%.1f,\"limit_pages_per_second\":%.0f,\"failed\":%d,"
                        + "\"cleaned\":%b}%n", pages.size(), wallSeconds, cpuSeconds, perSecond, perCpuSecond,
                LIMIT_PAGES_PER_SECOND, failed, !noClean);
        return failed == 0 ? 0 : 1;
    }

    private static String normalisedDate(String text) {
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
