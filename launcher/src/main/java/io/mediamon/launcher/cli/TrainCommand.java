package io.mediamon.launcher.cli;

import io.mediamon.analysis.config.SentimentMode;
import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.lab.sentiment.ArticleStanceTrainer;
import io.mediamon.lab.sentiment.ContextualHeadTrainer;
import io.mediamon.lab.sentiment.NewsMtscTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediamon train newsmtsc --data FILE --out MODEL [--sentiment fast|contextual]}: fit the target-sentiment
 * model (fast) or the contextual head.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model.",
        subcommands = {TrainCommand.NewsMtsc.class, TrainCommand.PerSent.class})
public final class TrainCommand {
    @Command(name = "newsmtsc", mixinStandardHelpOptions = true,
            description = "Fit the target-dependent sentiment model (fast) or the contextual head on a NewsMTSC train"
                    + " file (reproducible; the contextual head's L2 strength is chosen by cross-validation on train).")
    public static final class NewsMtsc implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "NewsMTSC train.jsonl")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write"
                + " (the bundled contextual head is analysis-service/src/main/resources/sentiment/contextual-head.tsv)")
        Path out;

        @Option(names = "--sentiment", paramLabel = "MODE", defaultValue = "fast",
                description = "fast (the linear model) or contextual (the head over encoder states)")
        String sentiment;

        @Option(names = "--cache", paramLabel = "DIR",
                description = "contextual: where encodings of the data file are kept between runs"
                        + " (default: ${java.io.tmpdir}/mediamon-lab)")
        Path cache;

        @Override
        public Integer call() throws Exception {
            SentimentMode mode = SentimentMode.fromKey(sentiment);
            if (mode == null) {
                System.err.println("--sentiment must be fast or contextual, was " + sentiment);
                return 2;
            }
            if (mode == SentimentMode.FAST) {
                NewsMtscTrainer.train(data, out, System.out);
            } else {
                Path dir = cache != null ? cache : Path.of(System.getProperty("java.io.tmpdir"), "mediamon-lab");
                ContextualHeadTrainer.train(data, out, dir, EncoderSettings.defaults().layer(), System.out);
            }
            return 0;
        }
    }

    @Command(name = "persent", mixinStandardHelpOptions = true,
            description = "Fit the article-level stance decision for one scorer on PerSenT dev (L2 strength and class"
                    + " weighting by 5-fold cross-validation; prints the CV and in-sample macro-F1 and the expected"
                    + " calibration error).")
    public static final class PerSent implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "PerSenT dev.csv")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write (bundled:"
                + " analysis-service/src/main/resources/sentiment/article-stance-fast.tsv or -contextual.tsv)")
        Path out;

        @Option(names = "--samples", paramLabel = "FILE", description = "keep the articles' features here: read"
                + " when the file exists (the analyzer is not run), written otherwise")
        Path samples;

        @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "the seed articles"
                + " whose hand-read parties (lab sentiment/seed-stance.tsv) join the calibration data"
                + " (default: ${DEFAULT-VALUE})")
        Path seeds;

        @Option(names = "--seed-weight", paramLabel = "W", defaultValue = "0",
                description = "how many PerSenT articles each hand-read seed party weighs in the fit; 0 leaves the"
                        + " seeds out (default: ${DEFAULT-VALUE})")
        double seedWeight;

        @picocli.CommandLine.Mixin
        EvalCommand.ScorerOptions options;

        @Override
        public Integer call() throws Exception {
            if (seedWeight < 0 || !Double.isFinite(seedWeight)) {
                System.err.println("--seed-weight must be 0 or more, was " + seedWeight);
                return 2;
            }
            if (seedWeight > 0 && !Files.isDirectory(seeds)) {
                System.err.println("--seeds " + seeds + " is not a directory");
                return 2;
            }
            ArticleStanceTrainer.train(data, options.scorer(EncoderSettings.defaults().cacheSize()),
                    options.sentiment, out, samples, seedWeight > 0 ? seeds : null, seedWeight, System.out);
            return 0;
        }
    }
}
