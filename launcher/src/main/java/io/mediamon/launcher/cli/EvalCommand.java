package io.mediamon.launcher.cli;

import io.mediamon.lab.nab.SparseSpikeEvaluation;
import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.lab.entity.MainPersonFound;
import io.mediamon.analysis.config.AnalysisConfig;
import io.mediamon.analysis.config.SentimentMode;
import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.TargetScorers;
import io.mediamon.analysis.topic.TopicMode;
import io.mediamon.lab.sentiment.PerSentEvaluator;
import io.mediamon.lab.sentiment.SeedStanceTable;
import io.mediamon.lab.topic.AgNewsAnalyzerEval;
import io.mediamon.lab.sentiment.NewsMtscEvaluator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mediamon eval newsmtsc FILE}: score the sentiment model against a labelled file. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a model.",
        subcommands = {EvalCommand.AgNews.class, EvalCommand.NewsMtsc.class, EvalCommand.PerSent.class,
                EvalCommand.SparseSpikes.class, EvalCommand.Persons.class, EvalCommand.Seeds.class})
public final class EvalCommand {
    /** The scorer options shared by the sentiment evaluations. */
    static final class ScorerOptions {
        @Option(names = "--sentiment", paramLabel = "MODE", defaultValue = "${env:MEDIAMON_SENTIMENT:-contextual}",
                description = "fast or contextual (default: MEDIAMON_SENTIMENT, else contextual, as the service)")
        String sentiment;

        @Option(names = "--cascade", paramLabel = "T|off", description = "contextual: fast confidence at or above"
                + " which the encoder is skipped, or off (default: the service's, "
                + AnalysisConfig.DEFAULT_CASCADE + ")")
        String cascade;

        @Option(names = "--model", paramLabel = "MODEL", description = "fast model file (default: the bundled one)")
        Path model;

        @Option(names = "--budget", paramLabel = "N|off", description = "contextual: most sentences of an article"
                + " encoded beyond the headline and lead, or off (default: the service's, "
                + AnalysisConfig.DEFAULT_BUDGET + "; a NewsMTSC item is one sentence, so it never binds there)")
        String budget;

        /**
         * The scorer as the service builds it, but with a one-sentence encoding cache: each sentence is encoded once
         * for its consecutive targets, and every timed pass pays for its encodings (no cross-pass cache hits).
         */
        TargetScorer scorer(int cacheSize) {
            SentimentMode mode = SentimentMode.fromKey(sentiment);
            if (mode == null) {
                throw new IllegalArgumentException("--sentiment must be fast or contextual, was " + sentiment);
            }
            double t = cascade == null ? AnalysisConfig.DEFAULT_CASCADE
                    : cascade.equalsIgnoreCase("off") ? AnalysisConfig.CASCADE_OFF : Double.parseDouble(cascade);
            int b = budget == null ? AnalysisConfig.DEFAULT_BUDGET
                    : budget.equalsIgnoreCase("off") ? AnalysisConfig.BUDGET_OFF : Integer.parseInt(budget);
            return TargetScorers.create(mode, model, EncoderSettings.defaults().withCacheSize(cacheSize), t, b);
        }
    }

    @Command(name = "agnews", mixinStandardHelpOptions = true,
            description = "Run AG News items (class,title,description) through the analyzer and score its topics under"
                    + " the IPTC mapping of ../shared/agnews/README.md: per-class precision, recall, F1, macro-F1,"
                    + " untagged share, topics per item, and the topic model's extra cost. The last line is JSON.")
    public static final class AgNews implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "AG News CSV (../shared/agnews/dev.csv)")
        Path file;

        @Option(names = "--topics", paramLabel = "MODE", defaultValue = "model",
                description = "model or rules (default: ${DEFAULT-VALUE}, the service's default)")
        String topics;

        @Option(names = "--rules", paramLabel = "FILE", description = "extra topic rules (as MEDIAMON_TOPIC_RULES)")
        Path rules;

        @Option(names = "--descriptions", paramLabel = "FILE",
                description = "user topics by description (as MEDIAMON_TOPIC_DESCRIPTIONS)")
        Path descriptions;

        @picocli.CommandLine.Mixin
        ScorerOptions options;

        @Override
        public Integer call() throws Exception {
            AgNewsAnalyzerEval.evaluate(file, options.scorer(EncoderSettings.defaults().cacheSize()),
                    TopicMode.parse(topics), rules, descriptions, System.out);
            return 0;
        }
    }

    @Command(name = "newsmtsc", mixinStandardHelpOptions = true,
            description = "Report macro-F1, accuracy and speed on a NewsMTSC file, with the whole-sentence lexicon"
                    + " baseline computed in the same run. The last line is JSON.")
    public static final class NewsMtsc implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "NewsMTSC .jsonl file (dev-mt.jsonl, dev-rw.jsonl, ...)")
        Path file;

        @picocli.CommandLine.Mixin
        ScorerOptions options;

        @Override
        public Integer call() throws Exception {
            NewsMtscEvaluator.evaluate(file, options.scorer(1), System.out);
            return 0;
        }
    }

    @Command(name = "persent", mixinStandardHelpOptions = true,
            description = "Run each PerSenT article through the analyzer the topology uses, with the main person"
                    + " added as an entity (name; surname as a follow-up alias); print macro-F1, accuracy, the"
                    + " confusion matrix and how often the person was found. The last line is JSON.")
    public static final class PerSent implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "PerSenT CSV (../shared/persent/dev.csv)")
        Path file;

        @picocli.CommandLine.Mixin
        ScorerOptions options;

        @Override
        public Integer call() throws Exception {
            PerSentEvaluator.evaluate(file, options.scorer(EncoderSettings.defaults().cacheSize()), System.out);
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

    @Command(name = "persons", mixinStandardHelpOptions = true,
            description = "How often analysis finds a PerSenT article's main person as a party, with no configuration"
                    + " and with the person on the runtime watchlist (last line JSON).")
    public static final class Persons implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "PerSenT csv (../shared/persent/dev.csv)")
        Path file;

        @Override
        public Integer call() throws Exception {
            MainPersonFound.evaluate(file, LearnedTargetScorer.loadDefault(), System.out);
            return 0;
        }
    }

    @Command(name = "seeds", mixinStandardHelpOptions = true,
            description = "Each seed through the analyzer: every party with its article-level sentiment, beside the"
                    + " direction read by hand where the text is clear (last line JSON).")
    public static final class Seeds implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", defaultValue = "seeds", description = "seed directory (default: ${DEFAULT-VALUE})")
        Path dir;

        @picocli.CommandLine.Mixin
        ScorerOptions options;

        @Option(names = "--evidence", description = "under each party, its evidence sentences with their scores"
                + " and cues")
        boolean evidence;

        @Override
        public Integer call() throws Exception {
            SeedStanceTable.print(dir, options.scorer(EncoderSettings.defaults().cacheSize()), evidence,
                    System.out);
            return 0;
        }
    }
}
