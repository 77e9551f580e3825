package io.mediamon.launcher.cli;

import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.lab.nab.SparseSpikeEvaluation;
import io.mediamon.analysis.sentiment.NewsMtscEvaluator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mediamon eval newsmtsc FILE}: score the sentiment model against a labelled file. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a model.",
        subcommands = {EvalCommand.NewsMtsc.class, EvalCommand.SparseSpikes.class})
public final class EvalCommand {
    @Command(name = "newsmtsc", mixinStandardHelpOptions = true,
            description = "Report macro-F1, accuracy and speed on a NewsMTSC file, with the whole-sentence lexicon"
                    + " baseline computed in the same run. The last line is JSON.")
    public static final class NewsMtsc implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "NewsMTSC .jsonl file (dev-mt.jsonl, dev-rw.jsonl, ...)")
        Path file;

        @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the bundled one)")
        Path model;

        @Override
        public Integer call() throws Exception {
            NewsMtscEvaluator.evaluate(file, model == null ? LearnedTargetScorer.loadDefault()
                    : LearnedTargetScorer.load(model), System.out);
            return 0;
        }
    }

    @Command(name = "sparse-spikes", mixinStandardHelpOptions = true,
            description = "Run the alert detector, with its default parameters, on generated sparse Poisson-like"
                    + " hourly counts with injected spikes; print precision, recall and false alarms (last line JSON).")
    public static final class SparseSpikes implements Callable<Integer> {
        @Override
        public Integer call() {
            SparseSpikeEvaluation.run(System.out);
            return 0;
        }
    }
}
