package io.mediamon.lab.sentiment;

import io.mediamon.analysis.sentiment.FeatureVector;
import io.mediamon.analysis.sentiment.LinearSoftmaxModel;
import io.mediamon.analysis.sentiment.TargetFeatureExtractor;
import io.mediamon.common.event.SentimentLabel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Trains the target-dependent model on a NewsMTSC JSON-lines file and writes the model file. */
public final class NewsMtscTrainer {

    private NewsMtscTrainer() {
    }

    public static void train(Path data, Path out, PrintStream log) throws IOException {
        train(data, out, log, TrainingOptions.defaults());
    }

    public static void train(Path data, Path out, PrintStream log, TrainingOptions options) throws IOException {
        long t0 = System.nanoTime();
        List<LabeledTarget> rows = NewsMtscReader.read(data);
        LinearSoftmaxModel model = fit(rows, options);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w);
        }
        log.printf("trained on %d targets from %s: %d features, %s, %.1f s -> %s (%d bytes)%n", rows.size(), data,
                model.featureCount(), options, (System.nanoTime() - t0) / 1e9, out, Files.size(out));
    }

    static LinearSoftmaxModel fit(List<LabeledTarget> rows, TrainingOptions options) {
        TargetFeatureExtractor extractor = TargetFeatureExtractor.standard();
        List<FeatureVector> examples = new ArrayList<>(rows.size());
        List<SentimentLabel> labels = new ArrayList<>(rows.size());
        for (LabeledTarget row : rows) {
            examples.add(row.features(extractor));
            labels.add(row.label());
        }
        return new SoftmaxTrainer(options).fit(examples, labels);
    }

    /** {@code NewsMtscTrainer DATA OUT}; hyper-parameters may be overridden with -Dtsc.epochs etc. for tuning. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: NewsMtscTrainer TRAIN.jsonl MODEL.tsv");
            System.exit(2);
        }
        TrainingOptions d = TrainingOptions.defaults();
        TrainingOptions options = new TrainingOptions(
                Integer.getInteger("tsc.epochs", d.epochs()),
                Double.parseDouble(System.getProperty("tsc.lr", String.valueOf(d.learningRate()))),
                Double.parseDouble(System.getProperty("tsc.l2", String.valueOf(d.l2()))),
                Integer.getInteger("tsc.minCount", d.minCount()),
                Long.getLong("tsc.seed", d.seed()),
                Boolean.parseBoolean(System.getProperty("tsc.balanced", String.valueOf(d.balanced()))));
        train(Path.of(args[0]), Path.of(args[1]), System.out, options);
    }
}
