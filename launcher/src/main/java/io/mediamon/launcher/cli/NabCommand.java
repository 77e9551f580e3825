package io.mediamon.launcher.cli;

import io.mediamon.lab.nab.NabHarness;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mediamon nab --data DIR --out OUT [--windows FILE]}: the spike detector on NAB series. */
@Command(name = "nab", mixinStandardHelpOptions = true,
        description = "Run the alert detector over every CATEGORY/NAME.csv under DIR, write NAB result files and,"
                + " with --windows, print the NAB scores (last line JSON).")
public final class NabCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "NAB data directory")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Where to write the result CSVs")
    Path out;

    @Option(names = "--windows", paramLabel = "FILE", description = "NAB windows JSON, to score the run")
    Path windows;

    @Override
    public Integer call() throws Exception {
        NabHarness.run(data, out, windows, System.out);
        return 0;
    }
}
