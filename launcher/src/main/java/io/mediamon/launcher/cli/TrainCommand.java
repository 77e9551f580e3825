package io.mediamon.launcher.cli;

import io.mediamon.lab.sentiment.NewsMtscTrainer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mediamon train newsmtsc --data FILE --out MODEL}: fit the target-sentiment model. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model.",
        subcommands = TrainCommand.NewsMtsc.class)
public final class TrainCommand {
    @Command(name = "newsmtsc", mixinStandardHelpOptions = true,
            description = "Fit the target-dependent sentiment model on a NewsMTSC train file (reproducible).")
    public static final class NewsMtsc implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "NewsMTSC train.jsonl")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            NewsMtscTrainer.train(data, out, System.out);
            return 0;
        }
    }
}
