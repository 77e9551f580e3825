package io.mediamon.analysis.pipeline;

/**
 * Told when each {@link Stage} of one analysis ends, so a benchmark can charge the time since the previous lap to
 * it. The service runs with {@link #NONE}.
 */
@FunctionalInterface
public interface StageClock {
    StageClock NONE = stage -> {
    };

    void lap(Stage stage);
}
