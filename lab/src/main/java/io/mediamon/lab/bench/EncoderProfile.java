package io.mediamon.lab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.lab.sentiment.LabeledTarget;
import io.mediamon.lab.sentiment.NewsMtscReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code EncoderProfile NEWSMTSC_FILE OUT_DIR [ROUNDS]}: where the contextual scorer's encoder spends its time. It
 * opens a private encoder (the default settings, cut at layer 7) with ONNX Runtime's profiler on, encodes every
 * distinct sentence of the file {@code ROUNDS} times (default 3; the cache is emptied between rounds, the first round
 * is warm-up), closes it so the trace is written, and prints the kernel time per operator type with its share, the
 * wall time per pass, and the share of {@code session.run} spent in kernels. The same rounds through an encoder
 * without the profiler come first, so the profiler's own overhead shows. The last line is JSON.
 */
public final class EncoderProfile {
    private EncoderProfile() {
    }

    /**
     * The measured rounds of encoding every sentence {@code rounds} times, the cache emptied before each, the first
     * round left out as warm-up.
     */
    record Timing(long passes, long nanos, long tokens) {
        static Timing of(SentenceEncoder encoder, Set<String> sentences, int rounds) {
            long passes = 0;
            long nanos = 0;
            long tokens = 0;
            for (int r = 0; r < rounds; r++) {
                encoder.clearCache();
                long t0 = System.nanoTime();
                long roundTokens = 0;
                for (String s : sentences) {
                    roundTokens += encoder.encode(s).size();
                }
                if (r > 0) {
                    nanos += System.nanoTime() - t0;
                    passes += sentences.size();
                    tokens += roundTokens;
                }
            }
            return new Timing(passes, nanos, tokens);
        }

        double msPerPass() {
            return passes == 0 ? 0 : nanos / 1e6 / passes;
        }
    }

    /** One operator type's total kernel time. */
    record OpTime(String op, long micros, long calls) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EncoderProfile NEWSMTSC_FILE OUT_DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Set<String> sentences = new LinkedHashSet<>();
        for (LabeledTarget t : NewsMtscReader.read(Path.of(args[0]))) {
            sentences.add(t.sentence());
        }
        Timing plain;
        try (SentenceEncoder encoder = SentenceEncoder.open(EncoderSettings.defaults())) {
            plain = Timing.of(encoder, sentences, rounds);
        }
        double plainMs = plain.msPerPass();
        System.out.printf(Locale.ROOT, "without the profiler: %.2f ms wall per pass (%.0f passes/s)%n", plainMs,
                plainMs == 0 ? 0 : 1000 / plainMs);
        Timing profiled;
        try (SentenceEncoder encoder = SentenceEncoder.openProfiled(EncoderSettings.defaults(),
                dir.resolve("encoder").toString())) {
            profiled = Timing.of(encoder, sentences, rounds);
        }
        Path trace;
        try (Stream<Path> files = Files.list(dir)) {
            trace = files.filter(p -> p.getFileName().toString().startsWith("encoder")
                    && p.getFileName().toString().endsWith(".json")).max(Path::compareTo).orElseThrow(
                    () -> new IOException("ONNX Runtime wrote no profile in " + dir));
        }
        report(new ObjectMapper().readTree(trace.toFile()), rounds, profiled, plainMs, System.out);
    }

    static void report(JsonNode events, int rounds, Timing profiled, double plainMs, PrintStream out) {
        long passes = profiled.passes();
        long wallNanos = profiled.nanos();
        long tokens = profiled.tokens();
        Map<String, long[]> byOp = new HashMap<>();
        long runMicros = 0;
        long runs = 0;
        for (JsonNode e : events) {
            String cat = e.path("cat").asText();
            long dur = e.path("dur").asLong();
            if (cat.equals("Node") && e.path("name").asText().endsWith("_kernel_time")) {
                String op = e.path("args").path("op_name").asText("?");
                long[] t = byOp.computeIfAbsent(op, k -> new long[2]);
                t[0] += dur;
                t[1]++;
            } else if (cat.equals("Session") && e.path("name").asText().equals("model_run")) {
                runMicros += dur;
                runs++;
            }
        }
        List<OpTime> ops = new ArrayList<>();
        long kernel = 0;
        for (Map.Entry<String, long[]> en : byOp.entrySet()) {
            ops.add(new OpTime(en.getKey(), en.getValue()[0], en.getValue()[1]));
            kernel += en.getValue()[0];
        }
        ops.sort((a, b) -> Long.compare(b.micros(), a.micros()));
        // the trace holds every round, the warm-up too: kernel totals and session.run times are over all runs
        double perRun = runs == 0 ? 0 : (double) runMicros / runs;
        out.printf(Locale.ROOT, "%d passes measured (%d rounds after warm-up), %.0f tokens per pass, %.2f ms wall per"
                        + " pass (%.0f passes/s); session.run %.2f ms per run over all %d runs, kernels %.1f%% of it%n",
                passes, rounds - 1, passes == 0 ? 0 : (double) tokens / passes, profiled.msPerPass(),
                wallNanos == 0 ? 0 : passes / (wallNanos / 1e9), perRun / 1000, runs,
                runMicros == 0 ? 0 : 100.0 * kernel / runMicros);
        out.printf(Locale.ROOT, "%-28s %10s %8s %7s%n", "operator", "ms total", "calls", "share");
        StringBuilder json = new StringBuilder("{\"ms_per_pass_plain\":").append(String.format(Locale.ROOT,
                "%.3f", plainMs)).append(",\"ms_per_pass_profiled\":").append(String.format(Locale.ROOT, "%.3f",
                profiled.msPerPass())).append(",\"ops\":{");
        int shown = 0;
        for (OpTime o : ops) {
            double share = kernel == 0 ? 0 : 100.0 * o.micros() / kernel;
            out.printf(Locale.ROOT, "%-28s %10.1f %8d %6.1f%%%n", o.op(), o.micros() / 1000.0, o.calls(), share);
            if (shown++ < 8) {
                json.append(shown > 1 ? "," : "").append('"').append(o.op()).append("\":")
                        .append(String.format(Locale.ROOT, "%.1f", share));
            }
        }
        out.println(json.append("}}"));
    }
}
