package io.mediamon.launcher.cli;

import io.mediamon.alert.detect.DetectorParams;
import io.mediamon.lab.nab.NabCorpus;
import io.mediamon.lab.nab.NabHarness;
import io.mediamon.lab.nab.NabRobustness;
import io.mediamon.lab.nab.ParamGrid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mediamon nab --data DIR --out OUT [--windows FILE] [--robustness]}: the spike detector on NAB series. */
@Command(name = "nab", mixinStandardHelpOptions = true,
        description = "Run the alert detector over every CATEGORY/NAME.csv under DIR with one parameter set, write NAB"
                + " result files and, with --windows, print NAB's three profile scores for the corpus and for each"
                + " category (last line JSON).")
public final class NabCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "NAB data directory")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Where to write the result CSVs")
    Path out;

    @Option(names = "--windows", paramLabel = "FILE", description = "NAB windows JSON, to score the run")
    Path windows;

    @Option(names = "--robustness", description = "Also score nearby parameter settings (each parameter x0.8 and"
            + " x1.25, and joint random settings) and print best, median and minimum (needs --windows)")
    boolean robustness;

    @Option(names = "--joint", defaultValue = "16", paramLabel = "N",
            description = "Joint random settings in the robustness grid (default ${DEFAULT-VALUE})")
    int joint;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Override one detector parameter for the whole run (repeatable), e.g. quietHours=30")
    List<String> params = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        DetectorParams p = ParamGrid.with(NabHarness.NAB_PARAMS, ParamGrid.parse(params));
        NabHarness.run(data, out, windows, p, System.out);
        if (robustness) {
            if (windows == null) {
                System.err.println("nab: --robustness needs --windows");
                return 2;
            }
            NabRobustness.run(NabCorpus.load(data, windows), p, joint, System.out);
        }
        return 0;
    }
}
