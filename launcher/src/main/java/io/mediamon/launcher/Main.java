package io.mediamon.launcher;

import io.mediamon.common.config.ConfigException;
import io.mediamon.launcher.bench.AlertLatencyCommand;
import io.mediamon.launcher.bench.BenchCommand;
import io.mediamon.launcher.cli.BrokerCommand;
import io.mediamon.launcher.cli.DemoCommand;
import io.mediamon.launcher.cli.EvalCommand;
import io.mediamon.launcher.cli.NabCommand;
import io.mediamon.launcher.cli.ServiceCommands;
import io.mediamon.launcher.cli.TrainCommand;
import io.mediamon.launcher.chaos.ChaosCommand;
import io.mediamon.launcher.fuzz.FuzzCommand;
import io.mediamon.launcher.extract.ExtractCommand;
import io.mediamon.launcher.replay.ReplayCommand;
import io.mediamon.launcher.replay.SampleMonthCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mediamon} command line. */
@Command(name = "mediamon", mixinStandardHelpOptions = true, version = "mediamon 0.1.0",
        description = "Event-driven media monitoring on Kafka: per-party sentiment, topics and spike alerts.",
        subcommands = {DemoCommand.class, ServiceCommands.Ingest.class, ServiceCommands.Analysis.class,
            ServiceCommands.Alert.class, BrokerCommand.class, BenchCommand.class, AlertLatencyCommand.class, TrainCommand.class,
            EvalCommand.class, NabCommand.class, FuzzCommand.class,
            ChaosCommand.class, ExtractCommand.class, ReplayCommand.class, SampleMonthCommand.class})
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            if (exception instanceof ConfigException config) {
                cmd.getErr().println(config.getMessage());
                return 2;
            }
            cmd.getErr().println("mediamon " + cmd.getCommandName() + " failed: " + exception);
            exception.printStackTrace(cmd.getErr());
            return 1;
        });
        int exit = commandLine.execute(args);
        System.exit(exit);
    }
}
